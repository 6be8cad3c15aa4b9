CREATE TABLE "metric_rollup_blocks" (
	"shop_id" text NOT NULL,
	"dim" text NOT NULL,
	"days" integer NOT NULL,
	"start_day" date NOT NULL,
	"key" text NOT NULL,
	"h_decided" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_refund_only" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_return_refund" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_self_done" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"h_signed" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "metric_rollup_blocks_shop_id_dim_days_start_day_key_pk" PRIMARY KEY("shop_id","dim","days","start_day","key")
);
--> statement-breakpoint
ALTER TABLE "metric_rollup_blocks" ADD CONSTRAINT "metric_rollup_blocks_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;