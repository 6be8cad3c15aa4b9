// Holiday and 报备 inputs: a day that is not on the calendar, or a time PostgreSQL cannot store, is a message
// naming the field — never a database error.
import { describe, expect, it } from "vitest";
import { addFilingInput, addHolidayInput } from "./schemas";

const holiday = { name: "春节", startsOn: "2027-02-05", endsOn: "2027-02-12", shipDelayDays: 3 };
const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues[0];

describe("addHolidayInput", () => {
  it("takes real days", () => expect(addHolidayInput.safeParse(holiday).success).toBe(true));
  it.each([
    ["2025-02-30", "日期格式应为 YYYY-MM-DD"],
    ["2027-13-01", "日期格式应为 YYYY-MM-DD"],
    ["1999-12-31", "日期须在 2000-01-01 至 2100-01-01 之间"],
    ["2100-01-01", "日期须在 2000-01-01 至 2100-01-01 之间"],
  ])("refuses %s", (startsOn, message) => {
    expect(issue(addHolidayInput.safeParse({ ...holiday, startsOn }))).toMatchObject({ path: ["startsOn"], message });
  });
});

describe("addFilingInput", () => {
  it("takes a time range", () =>
    expect(
      addFilingInput.safeParse({ reason: "仓库停电", coversFrom: "2026-11-01T00:00:00+08:00", coversTo: "2026-11-02" })
        .success,
    ).toBe(true));
  it.each([["99999-01-01"], ["1970-01-01T00:00:00Z"], ["not a time"]])("refuses coversFrom %s", (coversFrom) => {
    expect(issue(addFilingInput.safeParse({ reason: "仓库停电", coversFrom }))?.path).toEqual(["coversFrom"]);
  });
});
