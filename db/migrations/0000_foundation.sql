CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_keyHash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"sla_target_seconds" integer DEFAULT 240 NOT NULL,
	"business_hours" jsonb DEFAULT '{"1":[{"start":"09:00","end":"18:00"}],"2":[{"start":"09:00","end":"18:00"}],"3":[{"start":"09:00","end":"18:00"}],"4":[{"start":"09:00","end":"18:00"}],"5":[{"start":"09:00","end":"18:00"}]}'::jsonb NOT NULL,
	"attribution_window_hours" integer DEFAULT 72 NOT NULL,
	"negative_rating_threshold" integer DEFAULT 2 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	"team" text,
	"declared" boolean DEFAULT true NOT NULL,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_facts" (
	"conversation_id" bigint PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"market" text,
	"scenario" text,
	"buyer_id" text,
	"first_buyer_at" timestamp with time zone,
	"first_human_reply_at" timestamp with time zone,
	"first_reply_agent_id" bigint,
	"first_bot_at" timestamp with time zone,
	"last_message_at" timestamp with time zone,
	"message_count" integer NOT NULL,
	"unanswered" boolean NOT NULL,
	"converted_order_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"channel" text DEFAULT 'chat' NOT NULL,
	"buyer_id" text,
	"market" text,
	"language" text,
	"scenario" text,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"csat" smallint,
	"declared" boolean DEFAULT true NOT NULL,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"conversation_id" bigint NOT NULL,
	"sender" text NOT NULL,
	"agent_id" bigint,
	"template_source_id" text,
	"sent_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"language" text,
	"duration_s" integer,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"text" text NOT NULL,
	"scenario" text,
	"language" text,
	"archived" boolean DEFAULT false NOT NULL,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "orders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"amount" numeric(14, 2),
	"currency" text,
	"market" text,
	"status" text,
	"estimated_delivery_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"rating" smallint NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"source" text,
	"product_id" text,
	"title" text,
	"buyer_id" text,
	"order_source_id" text,
	"market" text,
	"language" text,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"filename" text,
	"format" text DEFAULT 'canonical' NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"sealed" boolean DEFAULT false NOT NULL,
	"chunks" integer DEFAULT 0 NOT NULL,
	"chunks_done" integer DEFAULT 0 NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"error" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_chunks" (
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"records" integer NOT NULL,
	"inserted" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"rejected" integer NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ingest_chunks_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
CREATE TABLE "rejected_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rejected_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"position_kind" text NOT NULL,
	"field" text,
	"reason" text NOT NULL,
	"raw" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_batches" ADD CONSTRAINT "ingest_batches_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_chunks" ADD CONSTRAINT "ingest_chunks_batch_id_ingest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rejected_records" ADD CONSTRAINT "rejected_records_batch_id_ingest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rejected_records" ADD CONSTRAINT "rejected_records_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_workspace_id_idx" ON "api_keys" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agents_workspace_id_source_id_idx" ON "agents" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_first_buyer_at_idx" ON "conversation_facts" USING btree ("workspace_id","first_buyer_at");--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_first_reply_agent_id_first_buyer_at_idx" ON "conversation_facts" USING btree ("workspace_id","first_reply_agent_id","first_buyer_at");--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_channel_first_buyer_at_idx" ON "conversation_facts" USING btree ("workspace_id","channel","first_buyer_at");--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_market_first_buyer_at_idx" ON "conversation_facts" USING btree ("workspace_id","market","first_buyer_at");--> statement-breakpoint
CREATE INDEX "conversation_facts_workspace_id_buyer_id_idx" ON "conversation_facts" USING btree ("workspace_id","buyer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_workspace_id_source_id_idx" ON "conversations" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_workspace_id_source_id_idx" ON "messages" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_id_sent_at_idx" ON "messages" USING btree ("conversation_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "templates_workspace_id_source_id_idx" ON "templates" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_workspace_id_source_id_idx" ON "orders" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE INDEX "orders_workspace_id_buyer_id_placed_at_idx" ON "orders" USING btree ("workspace_id","buyer_id","placed_at");--> statement-breakpoint
CREATE INDEX "orders_workspace_id_placed_at_idx" ON "orders" USING btree ("workspace_id","placed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_workspace_id_source_id_idx" ON "reviews" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE INDEX "reviews_workspace_id_created_at_idx" ON "reviews" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "reviews_workspace_id_order_source_id_idx" ON "reviews" USING btree ("workspace_id","order_source_id");--> statement-breakpoint
CREATE INDEX "reviews_workspace_id_product_id_idx" ON "reviews" USING btree ("workspace_id","product_id");--> statement-breakpoint
CREATE INDEX "ingest_batches_workspace_id_created_at_idx" ON "ingest_batches" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rejected_records_batch_id_position_idx" ON "rejected_records" USING btree ("batch_id","position");