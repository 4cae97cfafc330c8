ALTER TABLE "goals" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "free_text_cipher" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "barrier_note_cipher" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "notes_cipher" text;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "recipient_cipher" text;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "text_cipher" text;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "gas_levels_cipher" text;