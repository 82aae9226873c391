/**
 * The README's read examples, through a TypeScript client generated from the committed contract
 * (openapi/openapi.yaml) with openapi-typescript and called with openapi-fetch, as a user would.
 *
 * check.sh type-checks this file with `tsc --strict` (issue #12: `limit` passes as a number and
 * `items` is typed); given a base URL it also runs it against that service, prints one line per
 * example and exits 1 if any example fails.
 *
 * No `as` casts, no `any`, no `unknown` narrowing: every value below is typed by the generated
 * `paths`. A type error here means the contract does not describe the API well enough for a
 * generated client; fix the contract (the Java that generates it), not this file.
 */
import createClient, { type ClientPathsWithMethod, type MethodResponse } from "openapi-fetch";
import type { components, paths } from "./generated/geofacts.js";

type Schemas = components["schemas"];
type Quote = Schemas["Quote"];
type Claim = Schemas["Claim"];
type Country = Schemas["Country"];
type Problem = Schemas["Problem"];

/**
 * The client as openapi-fetch's documentation creates it. Deliberately no media-type generic
 * (`createClient<paths, "application/json">`): that is an undocumented stopgap in openapi-fetch,
 * and it types `error` as the whole content map when errors are application/problem+json.
 */
function geofacts(baseUrl: string) {
  return createClient<paths>({
    baseUrl,
    // a hung service fails the check instead of hanging it
    fetch: (request) => fetch(request, { signal: AbortSignal.timeout(10_000) }),
  });
}
type Client = ReturnType<typeof geofacts>;

// ---------------------------------------------------------------------------------------------
// Compile-time checks: each line fails `tsc` when the contract types a read badly.

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** true, or the failure message, which tsc then prints: "Type '"…"' does not satisfy the constraint 'true'". */
type Check<Actual, Expected, Failure extends string> = Equal<Actual, Expected> extends true ? true : Failure;
type Expect<T extends true> = T;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;
type Data<P extends ClientPathsWithMethod<Client, "get">> = MethodResponse<Client, "get", P>;

export type ContractChecks = [
  // `limit` is an integer in the contract, so a number here (not a string)
  Expect<Check<Query<"/quotes">["limit"], number | undefined, "GET /quotes: limit is not typed number">>,
  Expect<Check<Query<"/claims">["limit"], number | undefined, "GET /claims: limit is not typed number">>,
  Expect<Check<Query<"/search">["limit"], number | undefined, "GET /search: limit is not typed number">>,
  Expect<Check<Query<"/agreements/{id}/clauses">["limit"], number | undefined, "GET /agreements/{id}/clauses: limit is not typed number">>,
  // what `data` is for a default client: exactly the JSON schema, so `items` are typed (not unknown, any or a union)
  Expect<Check<Data<"/quotes">, Schemas["QuotePage"], "GET /quotes: data is not QuotePage (does the 200 list another media type?)">>,
  Expect<Check<Data<"/claims">, Schemas["ClaimPage"], "GET /claims: data is not ClaimPage (does the 200 list another media type?)">>,
  Expect<Check<Data<"/countries/{code}">, Country, "GET /countries/{code}: data is not Country (does the 200 list another media type?)">>,
  Expect<Check<Data<"/agreements/{id}/clauses">, Schemas["ClausePage"], "GET /agreements/{id}/clauses: data is not ClausePage">>,
  Expect<Check<Data<"/relations">, Schemas["RelationPage"], "GET /relations: data is not RelationPage">>,
  Expect<Check<Data<"/search">, Schemas["SearchPage"], "GET /search: data is not SearchPage">>,
  Expect<Check<Data<"/quotes">["items"][number], Quote, "GET /quotes: items are not Quote">>,
];

// ---------------------------------------------------------------------------------------------
// Runtime helpers (types narrow; nothing is cast).

class ExampleFailure extends Error {}

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ExampleFailure(message);
}

function needNonEmpty<T>(items: T[], what: string): asserts items is [T, ...T[]] {
  need(Array.isArray(items) && items.length > 0, `${what}: expected at least one, got none`);
}

/** Only a Quote goes in: `items` typed unknown, any or a union does not compile. */
function describeQuote(quote: Quote): string {
  needNonEmpty(quote.evidence, `quote ${quote.id} evidence`);
  need(quote.evidence[0].exact.length > 0, `quote ${quote.id}: empty evidence`);
  return `${quote.speaker.name}: "${short(quote.evidence[0].exact)}"`;
}

function describeClaim(claim: Claim): string {
  const claimants = claim.claimants.map((actor) => actor.id).join("+");
  return `${claimants} (${claim.modality}): "${short(claim.statement)}"`;
}

function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The body of a failed read, for the failure line. */
function problemText(error: Problem | undefined, response: Response): string {
  return error === undefined
    ? `HTTP ${response.status} without a body`
    : `HTTP ${response.status} ${error.title}: ${error.detail}`;
}

// ---------------------------------------------------------------------------------------------
// The examples: each returns the line to print, or throws.

const AGREEMENT = "ru-kp-comprehensive-strategic-partnership-2024";

function examples(client: Client): Array<[string, () => Promise<string>]> {
  let putinId: string | undefined;
  return [
    [
      "GET /quotes?speaker=Putin&limit=5",
      async () => {
        const { data, error, response } = await client.GET("/quotes", {
          params: { query: { speaker: "Putin", limit: 5 } },
        });
        need(data !== undefined, problemText(error, response));
        need(data.limit === 5, `limit: expected 5, got ${data.limit}`);
        needNonEmpty(data.items, "quotes by Putin");
        need(data.items.length <= 5, `expected at most 5 quotes, got ${data.items.length}`);
        const speakerName: string = data.items[0].speaker.name;
        const exact: string = data.items[0].evidence[0]?.exact ?? "";
        need(/putin/i.test(speakerName), `first speaker: expected Putin, got ${speakerName}`);
        need(exact.length > 0, "first quote has no evidence text");
        putinId = data.items[0].speaker.id;
        const others = data.items.filter((quote) => quote.speaker.id !== putinId);
        need(others.length === 0, `quotes by others: ${others.map((quote) => quote.id).join(", ")}`);
        return `${data.items.length} quotes; ${describeQuote(data.items[0])}`;
      },
    ],
    [
      "GET /quotes?speaker=vladimir putin&limit=3",
      async () => {
        const { data, error, response } = await client.GET("/quotes", {
          params: { query: { speaker: "vladimir putin", limit: 3 } },
        });
        need(data !== undefined, problemText(error, response));
        needNonEmpty(data.items, "quotes by vladimir putin");
        need(data.items.length <= 3, `expected at most 3 quotes, got ${data.items.length}`);
        need(
          data.items.every((quote) => quote.speaker.id === (putinId ?? quote.speaker.id)),
          "another spelling of the name found another speaker",
        );
        return `${data.items.length} quotes, next page ${data.next_cursor === undefined ? "absent" : "offered"}; ${describeQuote(data.items[0])}`;
      },
    ],
    [
      `GET /agreements/${AGREEMENT}/clauses`,
      async () => {
        const { data, error, response } = await client.GET("/agreements/{id}/clauses", {
          params: { path: { id: AGREEMENT } },
        });
        need(data !== undefined, problemText(error, response));
        needNonEmpty(data.items, "clauses");
        const ordinals = data.items.map((clause) => clause.ordinal);
        need(
          ordinals.every((ordinal, i) => i === 0 || ordinal > (ordinals[i - 1] ?? Infinity)),
          `clauses out of order: ${ordinals.join(", ")}`,
        );
        const strangers = data.items.filter((clause) => clause.agreement.id !== AGREEMENT);
        need(strangers.length === 0, "a clause of another agreement");
        const unanchored = data.items.filter((clause) => clause.evidence.length === 0);
        need(unanchored.length === 0, `clauses without evidence: ${unanchored.map((c) => c.ordinal).join(", ")}`);
        const first = data.items[0];
        return `${data.items.length} clauses of "${first.agreement.name_en}"; #${first.ordinal} ${first.type}: "${short(first.summary_en)}"`;
      },
    ],
    [
      "GET /claims?claimant=US",
      async () => {
        const { data, error, response } = await client.GET("/claims", {
          params: { query: { claimant: "US" } },
        });
        need(data !== undefined, problemText(error, response));
        needNonEmpty(data.items, "claims by the US");
        const others = data.items.filter(
          (claim) => !claim.claimants.some((actor) => actor.type === "country" && actor.id === "US"),
        );
        need(others.length === 0, `claims without the US as claimant: ${others.map((c) => c.id).join(", ")}`);
        return `${data.items.length} claims; ${describeClaim(data.items[0])}`;
      },
    ],
    [
      "GET /relations?country=RU&with=KP&kind=alliance",
      async () => {
        const { data, error, response } = await client.GET("/relations", {
          params: { query: { country: "RU", with: "KP", kind: "alliance" } },
        });
        need(data !== undefined, problemText(error, response));
        needNonEmpty(data.items, "RU–KP alliance relations");
        const odd = data.items.filter(
          (relation) =>
            relation.kind !== "alliance" ||
            [relation.source.code, relation.target.code].sort().join() !== "KP,RU",
        );
        need(odd.length === 0, `unexpected relations: ${odd.map((r) => r.id).join(", ")}`);
        return data.items.map((r) => `${r.source.code} → ${r.target.code} ${r.kind}`).join(", ");
      },
    ],
    [
      "GET /search?q=sanksi",
      async () => {
        const { data, error, response } = await client.GET("/search", {
          params: { query: { q: "sanksi" } },
        });
        need(data !== undefined, problemText(error, response));
        needNonEmpty(data.items, "search hits for sanksi");
        const unmarked = data.items.filter((hit) => !hit.snippet.includes("<mark>"));
        need(unmarked.length === 0, `hits without <mark>: ${unmarked.map((hit) => hit.id).join(", ")}`);
        const first = data.items[0];
        return `${data.items.length} hits; best ${first.type} ${first.href} (rank ${first.rank.toFixed(3)})`;
      },
    ],
    [
      "GET /countries/RU",
      async () => {
        const { data, error, response } = await client.GET("/countries/{code}", {
          params: { path: { code: "RU" } },
        });
        need(data !== undefined, problemText(error, response));
        need(data.code === "RU" && data.alpha3 === "RUS", `expected RU/RUS, got ${data.code}/${data.alpha3}`);
        return `${data.code} ${data.alpha3} ${data.wikidata_qid ?? "-"} ${data.name_en} / ${data.name_id}, ${data.aliases.length} aliases`;
      },
    ],
    [
      "GET /countries/prk",
      async () => {
        const { data, error, response } = await client.GET("/countries/{code}", {
          params: { path: { code: "prk" } },
        });
        need(data !== undefined, problemText(error, response));
        need(data.code === "KP", `alpha-3 'prk' should answer KP, got ${data.code}`);
        return `${data.code} ${data.name_en}`;
      },
    ],
    [
      "GET /countries/XX (404)",
      async () => {
        const { data, error, response } = await client.GET("/countries/{code}", {
          params: { path: { code: "XX" } },
        });
        need(data === undefined, "expected no data for an unknown country");
        need(error !== undefined, `expected a problem, got HTTP ${response.status} without a body`);
        const problem: Problem = error;
        need(problem.status === 404 && response.status === 404, `expected 404, got ${problem.status}/${response.status}`);
        need(problem.detail.includes("XX"), `the problem does not name the country asked for: ${problem.detail}`);
        const contentType = response.headers.get("content-type") ?? "";
        need(contentType.startsWith("application/problem+json"), `content type ${contentType}`);
        return `${problem.status} ${problem.title}: ${problem.detail} (${contentType})`;
      },
    ],
    [
      "GET /claims?limit=5, then its next_cursor",
      async () => {
        const first = await client.GET("/claims", { params: { query: { limit: 5 } } });
        need(first.data !== undefined, problemText(first.error, first.response));
        const page1 = first.data;
        need(page1.items.length === 5, `page 1: expected 5 claims, got ${page1.items.length}`);
        need(page1.next_cursor !== undefined, "page 1 has no next_cursor");
        const second = await client.GET("/claims", {
          params: { query: { limit: 5, cursor: page1.next_cursor } },
        });
        need(second.data !== undefined, problemText(second.error, second.response));
        const page2 = second.data;
        needNonEmpty(page2.items, "page 2");
        const seen = new Set(page1.items.map((claim) => claim.id));
        const repeated = page2.items.filter((claim) => seen.has(claim.id));
        need(repeated.length === 0, `page 2 repeats ${repeated.map((c) => c.id).join(", ")}`);
        const last = page1.items[page1.items.length - 1]?.id ?? "";
        return `page 1: ${page1.items.length} claims (… ${last}); page 2: ${page2.items.length} from ${page2.items[0].id}, next page ${page2.next_cursor === undefined ? "absent" : "offered"}`;
      },
    ],
  ];
}

async function main(baseUrl: string): Promise<number> {
  const client = geofacts(baseUrl);
  let failures = 0;
  for (const [name, run] of examples(client)) {
    try {
      console.log(`ok    ${name} → ${await run()}`);
    } catch (e) {
      failures++;
      const cause = e instanceof Error && e.cause !== undefined ? ` (${String(e.cause)})` : "";
      console.log(`FAIL  ${name} → ${e instanceof ExampleFailure ? e.message : String(e)}${cause}`);
    }
  }
  console.log(failures === 0 ? `all examples passed against ${baseUrl}` : `${failures} example(s) failed against ${baseUrl}`);
  return failures === 0 ? 0 : 1;
}

const baseUrl = process.argv[2] ?? process.env["GEOFACTS_URL"];
if (baseUrl === undefined || baseUrl === "") {
  console.error("usage: node dist/examples.js BASE_URL (or GEOFACTS_URL=...)");
  process.exitCode = 2;
} else {
  process.exitCode = await main(baseUrl.replace(/\/+$/, ""));
}
