ALTER TABLE "platform_events" DROP CONSTRAINT "platform_events_id_unique";--> statement-breakpoint
ALTER TABLE "platform_events" ADD COLUMN "raw_body" text;--> statement-breakpoint
ALTER TABLE "platform_events" ADD CONSTRAINT "platform_events_shop_id_id_unique" UNIQUE("shop_id","id");