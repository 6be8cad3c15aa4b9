CREATE TYPE "public"."actor_kind" AS ENUM('buyer', 'agent', 'strategy', 'platform_timer', 'logistics', 'platform', 'system');--> statement-breakpoint
CREATE TYPE "public"."deadline_action" AS ENUM('auto_approve_return', 'auto_refund', 'auto_confirm_receipt', 'auto_close', 'back_to_review', 'flag_late', 'expire_proxy');--> statement-breakpoint
CREATE TYPE "public"."logistics_status" AS ENUM('not_shipped', 'shipped_not_collected', 'collected', 'in_transit', 'out_for_delivery', 'signed', 'refused', 'returned');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'lead', 'agent');--> statement-breakpoint
CREATE TYPE "public"."order_kind" AS ENUM('standard', 'cross_border', 'auction', 'coupon_pack', 'local_life', 'e_voucher');--> statement-breakpoint
CREATE TYPE "public"."ticket_reason" AS ENUM('seven_day_no_reason', 'no_longer_wanted', 'wrong_order', 'wrong_address', 'quality_issue', 'wrong_item', 'missing_item', 'damaged', 'not_as_described', 'late_shipment', 'transit_damage', 'lost_parcel', 'not_collected', 'delayed');--> statement-breakpoint
CREATE TYPE "public"."responsibility" AS ENUM('buyer', 'merchant', 'logistics');--> statement-breakpoint
CREATE TYPE "public"."return_status" AS ENUM('none', 'shipped', 'in_transit', 'signed');--> statement-breakpoint
CREATE TYPE "public"."root_cause" AS ENUM('product', 'size', 'logistics', 'description', 'buyer');--> statement-breakpoint
CREATE TYPE "public"."ticket_status" AS ENUM('proxy_pending', 'pending_review', 'awaiting_evidence', 'awaiting_return', 'awaiting_receipt', 'refusal_refund', 'intercepting', 'awaiting_reissue', 'awaiting_exchange_ship', 'platform_intervention', 'refunded', 'completed', 'closed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."ticket_type" AS ENUM('refund_only', 'return_refund', 'exchange', 'reissue');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"scope" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"api_key_id" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"endpoint_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_status_code" integer,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"events" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	"active_shop_id" text,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "buyers" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"nick" text NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logistics_scans" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "logistics_scans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"order_id" text NOT NULL,
	"ticket_id" bigint,
	"direction" text NOT NULL,
	"carrier" text NOT NULL,
	"waybill" text NOT NULL,
	"status" text NOT NULL,
	"description" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "order_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"order_id" text NOT NULL,
	"product_id" text NOT NULL,
	"sku_id" text NOT NULL,
	"title" text NOT NULL,
	"qty" integer NOT NULL,
	"unit_price_fen" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"kind" "order_kind" DEFAULT 'standard' NOT NULL,
	"paid_fen" integer NOT NULL,
	"freight_fen" integer DEFAULT 0 NOT NULL,
	"free_shipping" boolean DEFAULT true NOT NULL,
	"seven_day_eligible" boolean DEFAULT true NOT NULL,
	"is_virtual" boolean DEFAULT false NOT NULL,
	"is_fresh" boolean DEFAULT false NOT NULL,
	"is_vehicle" boolean DEFAULT false NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"promised_ship_by" timestamp with time zone NOT NULL,
	"shipped_at" timestamp with time zone,
	"collected_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"carrier" text,
	"waybill" text,
	"e_waybill" boolean DEFAULT false NOT NULL,
	"package_count" integer DEFAULT 1 NOT NULL,
	"logistics_status" "logistics_status" DEFAULT 'not_shipped' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"image_url" text,
	"is_virtual" boolean DEFAULT false NOT NULL,
	"is_fresh" boolean DEFAULT false NOT NULL,
	"is_vehicle" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skus" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"product_id" text NOT NULL,
	"spec" text NOT NULL,
	"price_fen" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_events" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "platform_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text NOT NULL,
	"shop_id" text NOT NULL,
	"type" text NOT NULL,
	"subject_key" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "platform_events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "sandbox_clock" (
	"id" text PRIMARY KEY NOT NULL,
	"offset_ms" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "filings" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"reason" text NOT NULL,
	"order_ids" text[],
	"covers_from" timestamp with time zone,
	"covers_to" timestamp with time zone,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"ship_delay_days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"user_id" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "member_role" NOT NULL,
	"can_handle_after_sales" boolean DEFAULT false NOT NULL,
	"can_manage_strategies" boolean DEFAULT false NOT NULL,
	"can_manage_settings" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shop_settings" (
	"shop_id" text PRIMARY KEY NOT NULL,
	"review_min" integer DEFAULT 2880 NOT NULL,
	"buyer_ship_min" integer DEFAULT 14400 NOT NULL,
	"confirm_receipt_min" integer DEFAULT 14400 NOT NULL,
	"refusal_refund_min" integer DEFAULT 7200 NOT NULL,
	"interception_min" integer DEFAULT 4320 NOT NULL,
	"reissue_min" integer DEFAULT 1440 NOT NULL,
	"exchange_reship_min" integer DEFAULT 2880 NOT NULL,
	"proxy_confirm_min" integer DEFAULT 1440 NOT NULL,
	"evidence_min" integer DEFAULT 4320 NOT NULL,
	"about_to_timeout_min" integer DEFAULT 360 NOT NULL,
	"awaiting_waybill_min" integer DEFAULT 2880 NOT NULL,
	"daily_auto_refund_cap_fen" integer,
	"warning_thresholds" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shops" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"is_cross_border" boolean DEFAULT false NOT NULL,
	"interception_agreement" boolean DEFAULT false NOT NULL,
	"connector_secret" text NOT NULL,
	"sandbox" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"conditions" jsonb NOT NULL,
	"action" text NOT NULL,
	"delay_min" integer DEFAULT 0 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategy_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"strategy_id" text NOT NULL,
	"version" integer NOT NULL,
	"ticket_id" bigint NOT NULL,
	"matched" boolean NOT NULL,
	"acted" boolean DEFAULT false NOT NULL,
	"amount_fen" integer DEFAULT 0 NOT NULL,
	"conditions" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategy_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"strategy_id" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"buyer_id" text,
	"agent_id" text,
	"started_at" timestamp with time zone NOT NULL,
	"first_reply_at" timestamp with time zone,
	"rating" smallint
);
--> statement-breakpoint
CREATE TABLE "platform_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "platform_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"ticket_id" bigint,
	"action" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"ticket_id" bigint PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"stars" smallint NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "refunds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"ticket_id" bigint NOT NULL,
	"amount_fen" integer NOT NULL,
	"by" text NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ticket_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"ticket_id" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" "ticket_status",
	"to_status" "ticket_status",
	"why" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tickets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shop_id" text NOT NULL,
	"external_id" text NOT NULL,
	"order_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"type" "ticket_type" NOT NULL,
	"reason" "ticket_reason" NOT NULL,
	"responsibility" "responsibility" NOT NULL,
	"requested_fen" integer NOT NULL,
	"refunded_fen" integer DEFAULT 0 NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "ticket_status" NOT NULL,
	"deadline_at" timestamp with time zone,
	"deadline_action" "deadline_action",
	"late_flag" boolean DEFAULT false NOT NULL,
	"evidence_requested" boolean DEFAULT false NOT NULL,
	"interception_failed" boolean DEFAULT false NOT NULL,
	"origin" text DEFAULT 'buyer' NOT NULL,
	"return_carrier" text,
	"return_waybill" text,
	"return_status" "return_status" DEFAULT 'none' NOT NULL,
	"return_shipped_at" timestamp with time zone,
	"return_signed_at" timestamp with time zone,
	"reship_carrier" text,
	"reship_waybill" text,
	"buyer_nick" text NOT NULL,
	"product_id" text NOT NULL,
	"sku_id" text NOT NULL,
	"product_title" text NOT NULL,
	"product_image" text,
	"carrier" text,
	"order_waybill" text,
	"order_logistics_status" "logistics_status" NOT NULL,
	"assignee_id" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"root_cause" "root_cause",
	"reject_reason" text,
	"ruling_responsibility" text,
	"ruling_note" text,
	"escalated_at" timestamp with time zone,
	"handled_by" text,
	"applied_at" timestamp with time zone NOT NULL,
	"approved_at" timestamp with time zone,
	"first_decision_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_name" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyers" ADD CONSTRAINT "buyers_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_scans" ADD CONSTRAINT "logistics_scans_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_sku_id_skus_id_fk" FOREIGN KEY ("sku_id") REFERENCES "public"."skus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."buyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_events" ADD CONSTRAINT "platform_events_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD CONSTRAINT "strategy_runs_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD CONSTRAINT "strategy_runs_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_runs" ADD CONSTRAINT "strategy_runs_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_versions" ADD CONSTRAINT "strategy_versions_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."buyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_agent_id_members_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_actions" ADD CONSTRAINT "platform_actions_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."buyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_assignee_id_members_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_uq" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_shop_idx" ON "api_keys" USING btree ("shop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_uq" ON "idempotency_keys" USING btree ("api_key_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_event_uq" ON "webhook_deliveries" USING btree ("endpoint_id","event_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_shop_idx" ON "webhook_deliveries" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_shop_idx" ON "webhook_endpoints" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "buyers_shop_nick_idx" ON "buyers" USING btree ("shop_id","nick");--> statement-breakpoint
CREATE INDEX "logistics_scans_order_idx" ON "logistics_scans" USING btree ("order_id","at");--> statement-breakpoint
CREATE INDEX "logistics_scans_ticket_idx" ON "logistics_scans" USING btree ("ticket_id","at") WHERE "logistics_scans"."ticket_id" is not null;--> statement-breakpoint
CREATE INDEX "order_items_order_idx" ON "order_items" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "orders_shop_paid_idx" ON "orders" USING btree ("shop_id","paid_at");--> statement-breakpoint
CREATE INDEX "orders_shop_buyer_idx" ON "orders" USING btree ("shop_id","buyer_id");--> statement-breakpoint
CREATE INDEX "orders_shop_waybill_idx" ON "orders" USING btree ("shop_id","waybill");--> statement-breakpoint
CREATE INDEX "orders_shop_logistics_idx" ON "orders" USING btree ("shop_id","logistics_status","shipped_at");--> statement-breakpoint
CREATE INDEX "products_shop_idx" ON "products" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "skus_product_idx" ON "skus" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "platform_events_pending_idx" ON "platform_events" USING btree ("seq") WHERE processed_at is null;--> statement-breakpoint
CREATE INDEX "platform_events_subject_pending_idx" ON "platform_events" USING btree ("subject_key","seq") WHERE processed_at is null;--> statement-breakpoint
CREATE INDEX "filings_shop_idx" ON "filings" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "holidays_shop_idx" ON "holidays" USING btree ("shop_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "members_shop_user_uq" ON "members" USING btree ("shop_id","user_id");--> statement-breakpoint
CREATE INDEX "members_user_idx" ON "members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "strategies_shop_idx" ON "strategies" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "strategy_runs_strategy_idx" ON "strategy_runs" USING btree ("strategy_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_runs_acted_uq" ON "strategy_runs" USING btree ("strategy_id","ticket_id") WHERE acted;--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_versions_uq" ON "strategy_versions" USING btree ("strategy_id","version");--> statement-breakpoint
CREATE INDEX "conversations_shop_started_idx" ON "conversations" USING btree ("shop_id","started_at");--> statement-breakpoint
CREATE INDEX "platform_actions_unsent_idx" ON "platform_actions" USING btree ("created_at") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "ratings_shop_at_idx" ON "ratings" USING btree ("shop_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_ticket_uq" ON "refunds" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "refunds_shop_at_idx" ON "refunds" USING btree ("shop_id","at");--> statement-breakpoint
CREATE INDEX "ticket_events_ticket_idx" ON "ticket_events" USING btree ("ticket_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_shop_external_uq" ON "tickets" USING btree ("shop_id","external_id");--> statement-breakpoint
CREATE INDEX "tickets_shop_applied_idx" ON "tickets" USING btree ("shop_id","applied_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tickets_shop_status_idx" ON "tickets" USING btree ("shop_id","status","deadline_at","id");--> statement-breakpoint
CREATE INDEX "tickets_shop_amount_idx" ON "tickets" USING btree ("shop_id","requested_fen" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tickets_shop_deadline_idx" ON "tickets" USING btree ("shop_id","deadline_at","id") WHERE deadline_at is not null;--> statement-breakpoint
CREATE INDEX "tickets_due_idx" ON "tickets" USING btree ("deadline_at") WHERE deadline_at is not null;--> statement-breakpoint
CREATE INDEX "tickets_shop_order_idx" ON "tickets" USING btree ("shop_id","order_id");--> statement-breakpoint
CREATE INDEX "tickets_shop_waybill_idx" ON "tickets" USING btree ("shop_id","return_waybill");--> statement-breakpoint
CREATE INDEX "tickets_shop_late_idx" ON "tickets" USING btree ("shop_id","id") WHERE late_flag and status not in ('refunded','completed','closed','rejected');--> statement-breakpoint
CREATE INDEX "tickets_shop_buyer_idx" ON "tickets" USING btree ("shop_id","buyer_nick");--> statement-breakpoint
CREATE INDEX "tickets_shop_product_idx" ON "tickets" USING btree ("shop_id","product_id","applied_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tickets_shop_assignee_idx" ON "tickets" USING btree ("shop_id","assignee_id","status");