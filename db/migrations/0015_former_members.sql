CREATE TABLE "former_members" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "member_role" NOT NULL,
	"removed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" DROP CONSTRAINT "conversations_agent_id_members_id_fk";
--> statement-breakpoint
ALTER TABLE "former_members" ADD CONSTRAINT "former_members_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "former_members_shop_idx" ON "former_members" USING btree ("shop_id");