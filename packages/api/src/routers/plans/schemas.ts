// Inputs of the plan procedures, built from core's schemas: every domain rule (an action
// needs a catalogue id or text, a catalogue id must belong to its domain, a blocked action
// needs a barrier, her agreement needs a date) is checked by core, never restated here.
import {
  AccommodationSchema,
  IsoDateSchema,
  PlanActionSchema,
  PlanGoalSchema,
  PlanSchema,
  VersionSchema,
} from "@gesim/core";
import { z } from "zod";

/** Which plan, and the version the caller last read (optimistic concurrency). */
export const PlanRefSchema = z.object({
  clientId: z.uuid(),
  planId: z.uuid(),
  version: VersionSchema,
});

/** Copies a core schema's issues onto `path`, so the caller gets BAD_REQUEST with field errors. */
function delegate(schema: z.ZodType, value: unknown, ctx: z.RefinementCtx, path: PropertyKey[]) {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues)
    ctx.addIssue({ code: "custom", message: issue.message, path: [...path, ...issue.path] });
}

/** The plan's own fields (a full replacement of them). */
export const PlanFieldsSchema = z
  .object({
    agreedByClient: PlanSchema.shape.agreedByClient,
    agreedOn: IsoDateSchema.nullable(),
    conditionsImposed: PlanSchema.shape.conditionsImposed,
    accommodationSingleSex: AccommodationSchema.shape.isSingleSex.nullable(),
    accommodationRatedSafe: AccommodationSchema.shape.ratedSafeByHer.nullable(),
    lastSafetyReviewDate: IsoDateSchema.nullable(),
  })
  .superRefine((fields, ctx) => {
    const plan = {
      ...fields,
      agreedOn: fields.agreedOn ?? undefined,
      // A new plan has had no safety review yet: null here is core's "absent".
      lastSafetyReviewDate: fields.lastSafetyReviewDate ?? undefined,
      status: "draft",
      goals: [],
      actions: [],
      reviews: [],
    };
    delegate(PlanSchema, plan, ctx, []);
  });
export type PlanFields = z.infer<typeof PlanFieldsSchema>;

export const GoalFieldsSchema = PlanGoalSchema.omit({ id: true }).extend({
  position: z.number().int().min(0).max(1000).optional(),
});
export type GoalFields = z.infer<typeof GoalFieldsSchema>;

const { id: _id, ...actionShape } = PlanActionSchema.shape;

/** A plan action as core defines it; ids of providers, workers and goals are database ids. */
export const ActionFieldsSchema = z
  .object({
    ...actionShape,
    providerId: z.uuid().optional(),
    responsibleWorkerId: z.uuid().optional(),
    goalId: z.uuid().optional(),
    position: z.number().int().min(0).max(1000).optional(),
  })
  .superRefine((action, ctx) => delegate(PlanActionSchema, { ...action, id: "new" }, ctx, []));
export type ActionFields = z.infer<typeof ActionFieldsSchema>;
