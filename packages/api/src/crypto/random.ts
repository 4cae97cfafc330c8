import { randomInt } from "node:crypto";
import type { RandomSource } from "@gesim/core";

/** Core's random source backed by the operating system's CSPRNG (pseudonyms, privacy noise). */
export const cryptoRandom: RandomSource = () => randomInt(0, 2 ** 32) / 2 ** 32;
