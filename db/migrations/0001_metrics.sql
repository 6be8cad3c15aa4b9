CREATE TABLE "webhook_fanout_state" (
	"id" text PRIMARY KEY NOT NULL,
	"scanned_through" bigint NOT NULL,
	"sweep_mark" bigint NOT NULL,
	"done_through" bigint NOT NULL,
	"sweep_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_rollup_state" (
	"shop_id" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"recent_at" timestamp with time zone,
	"window_at" timestamp with time zone,
	"full_at" timestamp with time zone,
	"full_requested_at" timestamp with time zone,
	"warnings_at" timestamp with time zone,
	"claimed_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "metric_rollups" (
	"shop_id" text NOT NULL,
	"dim" text NOT NULL,
	"day" date NOT NULL,
	"key" text NOT NULL,
	"tickets" bigint DEFAULT 0 NOT NULL,
	"decided" bigint DEFAULT 0 NOT NULL,
	"decided_sec" bigint DEFAULT 0 NOT NULL,
	"escalated" bigint DEFAULT 0 NOT NULL,
	"merchant_ruled" bigint DEFAULT 0 NOT NULL,
	"ended" bigint DEFAULT 0 NOT NULL,
	"ended_by_strategy" bigint DEFAULT 0 NOT NULL,
	"ended_by_timer" bigint DEFAULT 0 NOT NULL,
	"return_requests" bigint DEFAULT 0 NOT NULL,
	"refunds" bigint DEFAULT 0 NOT NULL,
	"refund_fen" bigint DEFAULT 0 NOT NULL,
	"refund_only" bigint DEFAULT 0 NOT NULL,
	"refund_only_sec" bigint DEFAULT 0 NOT NULL,
	"return_refund" bigint DEFAULT 0 NOT NULL,
	"return_refund_sec" bigint DEFAULT 0 NOT NULL,
	"self_done" bigint DEFAULT 0 NOT NULL,
	"self_done_sec" bigint DEFAULT 0 NOT NULL,
	"ratings" bigint DEFAULT 0 NOT NULL,
	"ratings_satisfied" bigint DEFAULT 0 NOT NULL,
	"conversations" bigint DEFAULT 0 NOT NULL,
	"replied" bigint DEFAULT 0 NOT NULL,
	"reply_sec" bigint DEFAULT 0 NOT NULL,
	"replied_in_3m" bigint DEFAULT 0 NOT NULL,
	"conv_rated" bigint DEFAULT 0 NOT NULL,
	"conv_good" bigint DEFAULT 0 NOT NULL,
	"orders" bigint DEFAULT 0 NOT NULL,
	"ship_assessed" bigint DEFAULT 0 NOT NULL,
	"ship_on_time" bigint DEFAULT 0 NOT NULL,
	"ship_filed" bigint DEFAULT 0 NOT NULL,
	"ship_holiday_moved" bigint DEFAULT 0 NOT NULL,
	"collect_assessed" bigint DEFAULT 0 NOT NULL,
	"collect_on_time" bigint DEFAULT 0 NOT NULL,
	"signed" bigint DEFAULT 0 NOT NULL,
	"signed_sec" bigint DEFAULT 0 NOT NULL,
	"h_decided" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_refund_only" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_return_refund" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_self_done" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_signed" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "metric_rollups_shop_id_dim_day_key_pk" PRIMARY KEY("shop_id","dim","day","key")
);
--> statement-breakpoint
CREATE TABLE "warnings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warnings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"value" double precision,
	"threshold" double precision,
	"count" integer,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"acknowledged_by_name" text
);
--> statement-breakpoint
CREATE TABLE "strategy_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategy_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"strategy_id" text,
	"change" text NOT NULL,
	"version" integer,
	"before" jsonb,
	"after" jsonb,
	"member_id" text NOT NULL,
	"member_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "rate_per_minute" integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "rate_tokens" double precision;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "rate_refilled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "last_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "start_after_event_id" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "strategies" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD COLUMN "ticket_version" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD COLUMN "order_logistics" text NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD COLUMN "outcome" text NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD COLUMN "why" text;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD COLUMN "refusal" text;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "strategy_versions" ADD COLUMN "changed_by_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "metric_rollup_state" ADD CONSTRAINT "metric_rollup_state_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_rollups" ADD CONSTRAINT "metric_rollups_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warnings" ADD CONSTRAINT "warnings_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_changes" ADD CONSTRAINT "strategy_changes_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_changes" ADD CONSTRAINT "strategy_changes_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_active_uq" ON "warnings" USING btree ("shop_id","kind","subject") WHERE cleared_at is null;--> statement-breakpoint
CREATE INDEX "warnings_shop_idx" ON "warnings" USING btree ("shop_id","first_seen_at");--> statement-breakpoint
CREATE INDEX "strategy_changes_shop_idx" ON "strategy_changes" USING btree ("shop_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "strategies_shop_builtin_uq" ON "strategies" USING btree ("shop_id","kind") WHERE kind <> 'custom';--> statement-breakpoint
CREATE INDEX "strategy_runs_ticket_idx" ON "strategy_runs" USING btree ("ticket_id","strategy_id","version","ticket_version");--> statement-breakpoint
CREATE INDEX "strategy_runs_acted_idx" ON "strategy_runs" USING btree ("strategy_id","at") WHERE acted;--> statement-breakpoint
CREATE INDEX "strategy_runs_capped_idx" ON "strategy_runs" USING btree ("shop_id","at") WHERE outcome = 'capped';