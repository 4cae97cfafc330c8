export { plansRouter } from "./plans/router.ts";
