CREATE TABLE "retro_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "retro_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"topic_key" text,
	"title" text NOT NULL,
	"owner" text,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_week" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retro_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "retro_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"topic_key" text,
	"body" text NOT NULL,
	"author" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_insights" (
	"kind" text NOT NULL,
	"doc_id" bigint NOT NULL,
	"workspace_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"input_hash" text NOT NULL,
	"language" text,
	"language_source" text,
	"sentiment" real,
	"sentiment_label" text,
	"sentiment_method" text,
	"sentiment_reason" text,
	"rating" smallint,
	"negative" boolean NOT NULL,
	"textless" boolean DEFAULT false NOT NULL,
	"topic_id" bigint,
	"topic_state" text NOT NULL,
	"topic_score" real,
	"analyzed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "text_insights_kind_doc_id_pk" PRIMARY KEY("kind","doc_id")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"label_zh" text,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seed" text,
	"terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_week" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "retro_actions" ADD CONSTRAINT "retro_actions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retro_notes" ADD CONSTRAINT "retro_notes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retro_actions_workspace_id_week_start_idx" ON "retro_actions" USING btree ("workspace_id","week_start");--> statement-breakpoint
CREATE INDEX "retro_notes_workspace_id_week_start_idx" ON "retro_notes" USING btree ("workspace_id","week_start");--> statement-breakpoint
CREATE INDEX "text_insights_workspace_id_occurred_at_idx" ON "text_insights" USING btree ("workspace_id","occurred_at");--> statement-breakpoint
CREATE INDEX "text_insights_workspace_id_topic_id_occurred_at_idx" ON "text_insights" USING btree ("workspace_id","topic_id","occurred_at");--> statement-breakpoint
CREATE INDEX "text_insights_workspace_id_topic_state_idx" ON "text_insights" USING btree ("workspace_id","topic_state");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_workspace_id_key_idx" ON "topics" USING btree ("workspace_id","key");