import { casesForShard, describeCases } from "./describe-cases";

describeCases(casesForShard(0, 2));
