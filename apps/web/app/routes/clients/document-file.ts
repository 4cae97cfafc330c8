// A document's file (issue 19): GET for most kinds; POST with a reason for identity papers,
// which the API records as a reveal of her identity. The response is an attachment with the
// stored type, never cached, named by kind and date (never her pseudonym); never sniffed:
// `X-Content-Type-Options: nosniff` is on every response (server/security-headers.ts; set here
// too, React Router would append a second copy). The browser test checks the header.
import { TRPCError } from "@trpc/server";
import { redirect } from "react-router";
import { requireApi } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/document-file";
import { isUuid, text } from "./form-data.server.ts";

type Caller = ReturnType<typeof requireApi>["caller"];

async function fileResponse(
  caller: Caller,
  clientId: string | undefined,
  documentId: string | undefined,
  reveal: { reason?: string; justification?: string },
): Promise<Response> {
  if (!isUuid(clientId) || !isUuid(documentId)) throw new Response(null, { status: 404 });
  try {
    const file = await caller.documents.download({
      clientId,
      documentId,
      ...(reveal.reason ? { reason: reveal.reason as never } : {}),
      ...(reveal.justification ? { justification: reveal.justification } : {}),
    });
    const body = Buffer.from(file.contentBase64, "base64");
    return new Response(body, {
      headers: {
        "content-type": file.contentType,
        "content-length": String(body.length),
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store, private",
        pragma: "no-cache",
      },
    });
  } catch (error) {
    // An identity paper without (or with too short) a reason: back to its form on the list.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST")
      throw redirect(
        `/clients/${clientId}/documents?reveal=${documentId}${reveal.reason || reveal.justification ? "&invalid=1" : ""}`,
      );
    return rethrowAsResponse(error);
  }
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller } = requireApi(context);
  return fileResponse(caller, params.clientId, params.documentId, {});
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const form = await request.formData();
  return fileResponse(caller, params.clientId, params.documentId, {
    reason: text(form, "reason") ?? "",
    justification: text(form, "justification") ?? "",
  });
}
