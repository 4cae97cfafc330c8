import { randomBytes, randomInt } from "node:crypto";
import type { RandomBytes, RandomSource } from "@gesim/core";

/** Core's random source backed by the operating system's CSPRNG (pseudonyms, privacy noise). */
export const cryptoRandom: RandomSource = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** Random bytes from the operating system's CSPRNG for core's exact samplers (privacy noise, ADR 013). */
export const cryptoRandomBytes: RandomBytes = (length) => new Uint8Array(randomBytes(length));
