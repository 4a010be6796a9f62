CREATE TABLE "template_dirty_days" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "template_dirty_days_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "template_dirty_days_workspace_id_day_idx" ON "template_dirty_days" USING btree ("workspace_id","day");