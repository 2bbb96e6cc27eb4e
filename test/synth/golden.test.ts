/**
 * Golden hashes: sha256 (first 16 hex digits) of every column's bytes, dictionary and
 * null mask for seed 2024 and 5,000 rows (200 × 16-d for the embeddings). A change
 * here means datasets generated before and after differ: bump it only on purpose.
 */
import { describe, expect, it } from "vitest";
import { generateColumns, SCENARIOS } from "../../src/synth";
import { hashes } from "./helpers";

const GOLDEN: Record<string, Record<string, string>> = {
  "clickstream": {
    "user_id": "f44db744315949c0",
    "session_id": "8de91d9f02ec4ad3",
    "ts": "d7af729abf9567b2",
    "event_type": "394752fe54a56c3f",
    "item_id": "9f1d515b8a5edea8",
    "device": "901c0d7382b1edf2",
    "dwell_s": "7fa94da38779cdd1"
  },
  "streamrec_embeddings": {
    "item_id": "775670e5a647b097",
    "cluster": "8c8031d27c6cc306",
    "embedding": "a6b349a8e27f7e6a"
  },
  "streamrec_interactions": {
    "user_id": "225f71ca22879495",
    "item_id": "7ccb3d66808d6369",
    "in_cluster": "a89ae38e85b0ac4c",
    "rating": "2875ea7a5b1910e5",
    "ts": "9e13b1c512716c50"
  },
  "credit_applications": {
    "applicant_id": "8983e87584554cd0",
    "submitted_at": "24f2aacf16c74369",
    "application_date": "c83e066f36bcb19f",
    "zip_code": "6e5df0bd312bbd19",
    "region": "c036cfb87ef82e24",
    "income_usd": "8a74a6338b4bef5f",
    "debt_to_income": "480b5771b6948700",
    "age": "4e93f21676923123",
    "employment": "a606c7b1677cc180",
    "default_probability": "96eceef08153afe8",
    "defaulted": "0100e390919a3cf5",
    "group": "4c4673ae1c9b3992",
    "approval_score": "da2b943613423dfd",
    "approved": "37606db03a7002ff"
  },
  "voice_queries": {
    "ts": "7f5a9a1242550c2d",
    "device_id": "3c589081a9a23629",
    "device_type": "968e222e22b5dd81",
    "intent": "7dc0d9dd9cd8e4bf",
    "audio_s": "eb3f763a9b74de40",
    "audio_bytes": "810d37567c72a673",
    "gpu_ms": "d3cf04b9e36383b8"
  },
  "serving_trace": {
    "request_id": "8983e87584554cd0",
    "ts": "5b4795186cd0dbf3",
    "arrival_s": "a9b31ee48f5b0664",
    "burst": "c34389028ed096ea",
    "batch_id": "b3778b3e8afaa51e",
    "batch_size": "1e2f0ed69f98a4c9",
    "batch_wait_ms": "64cdd2009e1f6d25",
    "network_ms": "206b8ae0e7655e85",
    "parse_ms": "a70c2ae48a04d248",
    "preprocess_ms": "b63146e1435b9fca",
    "model_ms": "dd9060326fa4eb8b",
    "postprocess_ms": "f2fbd5a96257d373",
    "serialize_ms": "fbcd7d07126f48a8",
    "total_ms": "3244be74e9880f94"
  },
  "drifting_features": {
    "day": "9ca3569f67ae3697",
    "ts": "46642c6ce31051c8",
    "user_id": "b97dec7007399747",
    "age": "8425d6d428cc758c",
    "purchase_amount_usd": "f502f2a0b40112b7",
    "sales_channel": "1c627ba43b85d375",
    "device_type": "97a25023cc60d4ff",
    "session_minutes": "d627652d558eb3af",
    "label": "55bbb553270193ad",
    "true_probability": "a372bdf5fa5dd9a0",
    "score": "a372bdf5fa5dd9a0"
  },
  "fraud_transactions": {
    "transaction_id": "8983e87584554cd0",
    "ts": "e15404edd206a61e",
    "amount_usd": "4f28265210a08e21",
    "country_code": "d35cfb408975396f",
    "payment_type": "231678838e5175b8",
    "merchant_category": "9f665680a867840b",
    "card_present": "47d8706fec0aaefe",
    "distance_from_home_km": "ce07a8c6e2a0da42",
    "txn_count_24h": "b4b91a233131f853",
    "is_fraud": "a3b9b152d720490c"
  },
  "annotation_log": {
    "annotation_id": "8983e87584554cd0",
    "item_id": "8a2176f258d5e8e2",
    "annotator_id": "fbbe159e785f5f9e",
    "cohort": "1ab3ea611b04074c",
    "ts": "6de70b6e6f51a1cc",
    "label": "b27f2bc36bb7cb54",
    "true_label": "32597fc5da7ccfcb",
    "is_gold": "86d2606fcf5c68bc",
    "gold_correct": "a2980b1abfbe1d0e",
    "seconds_spent": "fca4aa06f45351d1",
    "self_confidence": "7885815e894b412a"
  }
};

describe("golden column hashes (seed 2024)", () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(name, () => {
      const embeddings = name === "streamrec_embeddings";
      const c = generateColumns(scenario, { rows: embeddings ? 200 : 5000, seed: 2024, params: embeddings ? { dim: 16, clusters: 10 } : {} });
      expect(hashes(c.columns)).toEqual(GOLDEN[name]);
    });
  }
  it("covers every scenario", () => expect(Object.keys(GOLDEN).sort()).toEqual(Object.keys(SCENARIOS).sort()));
});
