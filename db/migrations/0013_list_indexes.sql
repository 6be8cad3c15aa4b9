DROP INDEX "orders_shop_unshipped_idx";--> statement-breakpoint
CREATE INDEX "platform_events_shop_seq_idx" ON "platform_events" USING btree ("shop_id","seq");--> statement-breakpoint
CREATE INDEX "platform_events_shop_failed_idx" ON "platform_events" USING btree ("shop_id","seq") WHERE error is not null;--> statement-breakpoint
CREATE INDEX "orders_shop_unshipped_idx" ON "orders" USING btree ("shop_id","promised_ship_by") WHERE logistics_status = 'not_shipped';