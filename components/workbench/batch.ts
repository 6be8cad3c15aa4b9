// What the batch bar and the batch dialog share, kept apart from the dialog so the bar (always on screen) does not
// load the dialog's code before a batch action is chosen.
export type BatchKind = "approve" | "reject" | "confirm_receipt" | "assign" | "tag" | "message";

/** "All N matching": more than this at once is a job for a narrower filter (and the export). */
export const batchAllMax = 5_000;
