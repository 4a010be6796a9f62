CREATE TABLE "fact_recomputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"cursor" bigint DEFAULT 0 NOT NULL,
	"error" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_alerts" (
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"state" text DEFAULT 'sending' NOT NULL,
	"status" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_alerts_workspace_id_kind_ref_pk" PRIMARY KEY("workspace_id","kind","ref")
);
--> statement-breakpoint
CREATE TABLE "sla_dirty_weeks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sla_dirty_weeks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"week_start" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_frt_values" (
	"workspace_id" uuid NOT NULL,
	"hours" text NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"bucket" smallint NOT NULL,
	"week_start" date NOT NULL,
	"frt_s" double precision NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "sla_frt_values_workspace_id_hours_dim_key_bucket_week_start_frt_s_pk" PRIMARY KEY("workspace_id","hours","dim","key","bucket","week_start","frt_s")
);
--> statement-breakpoint
CREATE TABLE "sla_hour_rollups" (
	"workspace_id" uuid NOT NULL,
	"hours" text NOT NULL,
	"week_start" date NOT NULL,
	"zone" text NOT NULL,
	"hour" smallint NOT NULL,
	"conversations" integer NOT NULL,
	"breached_answered" integer NOT NULL,
	"unanswered" integer NOT NULL,
	CONSTRAINT "sla_hour_rollups_workspace_id_hours_week_start_zone_hour_pk" PRIMARY KEY("workspace_id","hours","week_start","zone","hour")
);
--> statement-breakpoint
CREATE TABLE "sla_week_rollups" (
	"workspace_id" uuid NOT NULL,
	"hours" text NOT NULL,
	"week_start" date NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"conversations" integer NOT NULL,
	"answered" integer NOT NULL,
	"unanswered" integer NOT NULL,
	"breached_answered" integer NOT NULL,
	"converted" integer NOT NULL,
	"messages" integer NOT NULL,
	"resolution_sum" double precision NOT NULL,
	"resolved" integer NOT NULL,
	"buckets" "bytea" NOT NULL,
	"bands" "bytea" NOT NULL,
	CONSTRAINT "sla_week_rollups_workspace_id_hours_week_start_dim_key_pk" PRIMARY KEY("workspace_id","hours","week_start","dim","key")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "holidays" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "market_calendars" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "webhook_url" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "alert_breach_rate" real DEFAULT 0.25 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "alert_lead_seconds" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "frt_s" double precision;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "business_frt_s" double precision;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "bot_ack_s" double precision;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "breach_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "business_breach_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "week_start" date;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "team_how" smallint;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "buyer_how" smallint;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "resolution_s" double precision;--> statement-breakpoint
ALTER TABLE "conversation_facts" ADD COLUMN "next_reply_median_s" double precision;--> statement-breakpoint
ALTER TABLE "fact_recomputes" ADD CONSTRAINT "fact_recomputes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fact_recomputes_workspace_id_created_at_idx" ON "fact_recomputes" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "sla_dirty_weeks_workspace_id_week_start_idx" ON "sla_dirty_weeks" USING btree ("workspace_id","week_start");--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_breach_at_idx" ON "conversation_facts" USING btree ("workspace_id","breach_at") WHERE unanswered;--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_business_breach_at_idx" ON "conversation_facts" USING btree ("workspace_id","business_breach_at") WHERE unanswered;