// 处理客服 of a ticket, one definition for the 数据 breakdown by agent and the list filter its bars link to.
import { sql } from "drizzle-orm";

/** The assignee, else the member who first moved the ticket (decided, or initiated it for the buyer). */
// (Columns are written out qualified: drizzle renders a column in a select's sql unqualified.)
export const handlerSql = sql<string | null>`coalesce(tickets.assignee_id, (
  select e.actor_id from ticket_events e
  where e.ticket_id = tickets.id and e.actor_kind = 'agent' and e.to_status is distinct from e.from_status
  order by e.at, e.id limit 1))`;
