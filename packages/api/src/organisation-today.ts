import { localDateIn } from "@gesim/core";

/**
 * The one place the server turns "now" into a date for an organisation (issue 17): the calendar
 * date on the organisation's clock (its time zone setting), never UTC's. Core decides; every
 * procedure that needs "today" for deadlines, defaults or periods calls this.
 */
export function organisationToday(ctx: { now: Date; session: { timeZone: string } }): string {
  return localDateIn(ctx.now, ctx.session.timeZone);
}
