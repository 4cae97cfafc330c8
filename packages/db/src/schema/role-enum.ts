import { ROLES } from "@gesim/core";
import { pgEnum } from "drizzle-orm/pg-core";

/** A member's role (core's ROLES); its own module so organisations and memberships can both use it. */
export const roleEnum = pgEnum("role", ROLES);
