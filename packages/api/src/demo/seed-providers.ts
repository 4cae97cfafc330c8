import type { DomainId } from "@gesim/core";
import { type Database, organisations, serviceProviders } from "@gesim/db";
import { pick, seededRandom } from "./random.ts";

export type SeedContext = { today: string };

type DemoProvider = { name: string; domains: DomainId[]; isWomenOnly: boolean; acceptsMothersWithChildren: boolean };

// Clearly fictional services, "(demo)" in every name; contact details use reserved example domains.
const PROVIDERS: readonly DemoProvider[] = [
  { name: "Safe House North (demo)", domains: ["accommodation"], isWomenOnly: true, acceptsMothersWithChildren: true },
  {
    name: "Harbour Women's Shelter (demo)",
    domains: ["accommodation", "childcare"],
    isWomenOnly: true,
    acceptsMothersWithChildren: true,
  },
  {
    name: "Mother and Child Place (demo)",
    domains: ["accommodation", "childcare"],
    isWomenOnly: true,
    acceptsMothersWithChildren: true,
  },
  { name: "Free Legal Aid Clinic (demo)", domains: ["legal"], isWomenOnly: false, acceptsMothersWithChildren: false },
  {
    name: "Residence Rights Counsel (demo)",
    domains: ["legal", "money"],
    isWomenOnly: false,
    acceptsMothersWithChildren: false,
  },
  {
    name: "Trauma Therapy Practice (demo)",
    domains: ["therapy"],
    isWomenOnly: true,
    acceptsMothersWithChildren: false,
  },
  { name: "Women's Health Centre (demo)", domains: ["medical"], isWomenOnly: true, acceptsMothersWithChildren: true },
  {
    name: "Language School Open Doors (demo)",
    domains: ["language", "training"],
    isWomenOnly: false,
    acceptsMothersWithChildren: true,
  },
  {
    name: "Job Start Workshop (demo)",
    domains: ["employment", "training"],
    isWomenOnly: false,
    acceptsMothersWithChildren: false,
  },
  {
    name: "Peer Circle Meeting Point (demo)",
    domains: ["peer-support"],
    isWomenOnly: true,
    acceptsMothersWithChildren: true,
  },
  {
    name: "Community Interpreters Pool (demo)",
    domains: ["interpreting"],
    isWomenOnly: false,
    acceptsMothersWithChildren: false,
  },
  {
    name: "Digital Safety Helpdesk (demo)",
    domains: ["digital-safety"],
    isWomenOnly: false,
    acceptsMothersWithChildren: false,
  },
];

const LANGUAGE_SETS: readonly string[][] = [
  ["en"],
  ["en", "fr"],
  ["en", "pcm"],
  ["ro", "en"],
  ["es", "en"],
  ["bg", "ro"],
  ["en", "fr", "ar"],
];

/**
 * Twelve directory entries per organisation, the last one inactive (so the directory shows
 * what leaving it looks like). Deterministic: its own random seed.
 */
export async function seedProviders(tx: Database, _context: SeedContext): Promise<void> {
  const random = seededRandom(6060);
  const orgs = await tx.select({ id: organisations.id }).from(organisations).orderBy(organisations.name);
  const rows = orgs.flatMap((org) =>
    PROVIDERS.map((provider, index) => ({
      ...provider,
      organisationId: org.id,
      languages: pick(random, LANGUAGE_SETS),
      contact: `Intake line +00 000 0000 ${String(index).padStart(2, "0")}, intake@provider-${index + 1}.example.org`,
      isActive: index !== PROVIDERS.length - 1,
    })),
  );
  await tx.insert(serviceProviders).values(rows);
}
