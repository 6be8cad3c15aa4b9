ALTER TABLE "metric_rollup_state" ADD COLUMN "today_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "metric_rollup_state" ADD COLUMN "today_claimed_until" timestamp with time zone;