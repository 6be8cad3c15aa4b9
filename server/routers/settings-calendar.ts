// 设置 · 假期与报备 (SPEC §6 Holidays): the holiday calendar and force-majeure filings.
import { addFiling } from "../calendar/add-filing";
import { addHoliday } from "../calendar/add-holiday";
import { listCalendar } from "../calendar/list";
import { removeFiling } from "../calendar/remove-filing";
import { removeHoliday } from "../calendar/remove-holiday";
import { addFilingInput, addHolidayInput, removeInput } from "../calendar/schemas";
import { router, shopProcedure } from "../trpc";

export const settingsCalendarRouter = router({
  list: shopProcedure.query(({ ctx }) => listCalendar(ctx.db, ctx)),
  addHoliday: shopProcedure.input(addHolidayInput).mutation(({ ctx, input }) => addHoliday(ctx.db, ctx, input)),
  removeHoliday: shopProcedure.input(removeInput).mutation(({ ctx, input }) => removeHoliday(ctx.db, ctx, input)),
  addFiling: shopProcedure.input(addFilingInput).mutation(({ ctx, input }) => addFiling(ctx.db, ctx, input)),
  removeFiling: shopProcedure.input(removeInput).mutation(({ ctx, input }) => removeFiling(ctx.db, ctx, input)),
});
