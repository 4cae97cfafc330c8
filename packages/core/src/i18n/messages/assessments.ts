import type { MessagesOf } from "../message-types.ts";

/** Needs levels, the outcome ladder (our own wording) and Goal Attainment Scaling levels. */
export const en = {
  "need.none": "No need",
  "need.low": "Low need",
  "need.medium": "Medium need",
  "need.high": "High need",
  "need.urgent": "Urgent need",
  "ladder.stuck.title": "Not ready yet",
  "ladder.stuck.description": "This area feels stuck or too much right now, or it is not her priority yet.",
  "ladder.accepting-help.title": "Accepting help",
  "ladder.accepting-help.description": "She has said what she wants to change here and accepts support with it.",
  "ladder.trying.title": "Trying things out",
  "ladder.trying.description": "She is taking first steps with support; results are still uncertain.",
  "ladder.finding-what-works.title": "Finding what works",
  "ladder.finding-what-works.description": "Things work more often and she needs less support.",
  "ladder.self-reliant.title": "Self-reliant",
  "ladder.self-reliant.description": "She manages this area herself and knows where to turn if she needs to.",
  "gas.level.minus2": "Much less than expected",
  "gas.level.minus1": "Somewhat less than expected",
  "gas.level.0": "Expected outcome",
  "gas.level.plus1": "Somewhat more than expected",
  "gas.level.plus2": "Much more than expected",
} as const;

export const de: MessagesOf<typeof en> = {
  "need.none": "Kein Bedarf",
  "need.low": "Geringer Bedarf",
  "need.medium": "Mittlerer Bedarf",
  "need.high": "Hoher Bedarf",
  "need.urgent": "Dringender Bedarf",
  "ladder.stuck.title": "Noch nicht bereit",
  "ladder.stuck.description":
    "Dieser Bereich fühlt sich gerade festgefahren oder zu viel an, oder er hat für sie noch keine Priorität.",
  "ladder.accepting-help.title": "Hilfe annehmen",
  "ladder.accepting-help.description": "Sie hat gesagt, was sie hier ändern möchte, und nimmt Unterstützung dabei an.",
  "ladder.trying.title": "Dinge ausprobieren",
  "ladder.trying.description": "Sie geht mit Unterstützung erste Schritte; die Ergebnisse sind noch unsicher.",
  "ladder.finding-what-works.title": "Herausfinden, was funktioniert",
  "ladder.finding-what-works.description": "Vieles klappt immer öfter, und sie braucht weniger Unterstützung.",
  "ladder.self-reliant.title": "Selbstständig",
  "ladder.self-reliant.description":
    "Sie regelt diesen Bereich selbst und weiß, an wen sie sich bei Bedarf wenden kann.",
  "gas.level.minus2": "Viel weniger als erwartet",
  "gas.level.minus1": "Etwas weniger als erwartet",
  "gas.level.0": "Erwartetes Ergebnis",
  "gas.level.plus1": "Etwas mehr als erwartet",
  "gas.level.plus2": "Viel mehr als erwartet",
};

export const it: MessagesOf<typeof en> = {
  "need.none": "Nessun bisogno",
  "need.low": "Bisogno basso",
  "need.medium": "Bisogno medio",
  "need.high": "Bisogno alto",
  "need.urgent": "Bisogno urgente",
  "ladder.stuck.title": "Non ancora pronta",
  "ladder.stuck.description":
    "Quest'area sembra bloccata o troppo pesante in questo momento, oppure non è ancora una sua priorità.",
  "ladder.accepting-help.title": "Accetta aiuto",
  "ladder.accepting-help.description": "Ha detto cosa vuole cambiare qui e accetta di essere sostenuta.",
  "ladder.trying.title": "Prova nuove strade",
  "ladder.trying.description": "Fa i primi passi con un sostegno; i risultati sono ancora incerti.",
  "ladder.finding-what-works.title": "Trova ciò che funziona",
  "ladder.finding-what-works.description": "Le cose funzionano sempre più spesso e ha bisogno di meno sostegno.",
  "ladder.self-reliant.title": "Autonoma",
  "ladder.self-reliant.description": "Gestisce quest'area da sola e sa a chi rivolgersi se ne ha bisogno.",
  "gas.level.minus2": "Molto meno del previsto",
  "gas.level.minus1": "Un po' meno del previsto",
  "gas.level.0": "Risultato previsto",
  "gas.level.plus1": "Un po' più del previsto",
  "gas.level.plus2": "Molto più del previsto",
};
