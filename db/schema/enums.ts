import { pgEnum } from "drizzle-orm/pg-core";
import {
  actorKinds,
  deadlineActions,
  logisticsStatuses,
  memberRoles,
  orderKinds,
  type Reason,
  reasons,
  responsibilities,
  returnStatuses,
  rootCauses,
  ticketStatuses,
  ticketTypes,
} from "../../server/tickets/domain";

export const ticketTypeEnum = pgEnum("ticket_type", ticketTypes);
export const reasonEnum = pgEnum("ticket_reason", reasons as [Reason, ...Reason[]]);
export const responsibilityEnum = pgEnum("responsibility", responsibilities);
export const ticketStatusEnum = pgEnum("ticket_status", ticketStatuses);
export const deadlineActionEnum = pgEnum("deadline_action", deadlineActions);
export const orderKindEnum = pgEnum("order_kind", orderKinds);
export const logisticsStatusEnum = pgEnum("logistics_status", logisticsStatuses);
export const returnStatusEnum = pgEnum("return_status", returnStatuses);
export const rootCauseEnum = pgEnum("root_cause", rootCauses);
export const memberRoleEnum = pgEnum("member_role", memberRoles);
export const actorKindEnum = pgEnum("actor_kind", actorKinds);
