import type { FieldCipher } from "@gesim/api";
import type { DbHandle } from "@gesim/db";
import { createContext } from "react-router";

/** The database handle and field cipher opened at start-up, for every loader and action. */
export const dbContext = createContext<DbHandle & { cipher: FieldCipher }>();
