import { casesForShard, describeCases } from "./describe-cases";

describeCases(casesForShard(1, 2));
