DROP INDEX "order_items_order_idx";--> statement-breakpoint
CREATE INDEX "orders_shop_collected_idx" ON "orders" USING btree ("shop_id","collected_at") WHERE logistics_status = 'collected';--> statement-breakpoint
CREATE INDEX "orders_shop_unshipped_idx" ON "orders" USING btree ("shop_id","paid_at","promised_ship_by") WHERE logistics_status = 'not_shipped';--> statement-breakpoint
CREATE INDEX "ticket_events_agent_move_idx" ON "ticket_events" USING btree ("ticket_id","at","id","actor_id") WHERE actor_kind = 'agent' and to_status is distinct from from_status;--> statement-breakpoint
CREATE INDEX "tickets_shop_open_idx" ON "tickets" USING btree ("shop_id","assignee_id","status","deadline_at","late_flag","return_status","approved_at","type","order_logistics_status") WHERE status not in ('refunded','completed','closed','rejected');--> statement-breakpoint
CREATE INDEX "tickets_shop_refund_only_order_idx" ON "tickets" USING btree ("shop_id","order_id","applied_at") WHERE type = 'refund_only';--> statement-breakpoint
CREATE INDEX "order_items_order_idx" ON "order_items" USING btree ("order_id","id","product_id");