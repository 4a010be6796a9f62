CREATE TABLE "template_daily_edits" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"template_version_id" bigint NOT NULL,
	"edit_band" smallint NOT NULL,
	"conversations" integer NOT NULL,
	"conversions" integer NOT NULL,
	CONSTRAINT "template_daily_edits_workspace_id_day_template_version_id_edit_band_pk" PRIMARY KEY("workspace_id","day","template_version_id","edit_band")
);
--> statement-breakpoint
CREATE TABLE "template_daily_outcomes" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"template_version_id" bigint NOT NULL,
	"scenario" text NOT NULL,
	"channel" text NOT NULL,
	"conversations" integer NOT NULL,
	"conversions" integer NOT NULL,
	"negative_reviews" integer NOT NULL,
	CONSTRAINT "template_daily_outcomes_workspace_id_day_template_version_id_scenario_channel_pk" PRIMARY KEY("workspace_id","day","template_version_id","scenario","channel")
);
--> statement-breakpoint
CREATE TABLE "template_detection_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"state" text DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "template_gaps" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"examined" integer NOT NULL,
	"clusters" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template_uses" (
	"message_id" bigint PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" bigint NOT NULL,
	"template_id" bigint NOT NULL,
	"template_version_id" bigint NOT NULL,
	"explicit" boolean NOT NULL,
	"edited_share" real NOT NULL,
	"coverage" real NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "template_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"template_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"valid_from" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "scenario_inferred" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "template_detection_runs" ADD CONSTRAINT "template_detection_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_gaps" ADD CONSTRAINT "template_gaps_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "template_detection_runs_workspace_id_created_at_idx" ON "template_detection_runs" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "template_uses_conversation_id_idx" ON "template_uses" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "template_uses_workspace_id_template_id_sent_at_idx" ON "template_uses" USING btree ("workspace_id","template_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "template_versions_template_id_version_idx" ON "template_versions" USING btree ("template_id","version");--> statement-breakpoint
CREATE INDEX "template_versions_workspace_id_idx" ON "template_versions" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "reviews_workspace_id_buyer_id_created_at_idx" ON "reviews" USING btree ("workspace_id","buyer_id","created_at");