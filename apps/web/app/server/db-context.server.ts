import type { DbHandle } from "@gesim/db";
import { createContext } from "react-router";

/** The database handle opened at start-up, available to every loader and action. */
export const dbContext = createContext<DbHandle>();
