DROP INDEX "tickets_shop_deadline_idx";--> statement-breakpoint
CREATE INDEX "tickets_shop_risk_idx" ON "tickets" USING btree ("shop_id","deadline_at","id");--> statement-breakpoint
CREATE INDEX "tickets_shop_order_waybill_idx" ON "tickets" USING btree ("shop_id","order_waybill");--> statement-breakpoint
CREATE INDEX "tickets_shop_buyer_prefix_idx" ON "tickets" USING btree ("shop_id",lower("buyer_nick") text_pattern_ops);