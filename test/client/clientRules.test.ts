import { describe, expect, it } from "vitest";
import { addRules } from "../../client/sync/clientRules";
import { Predictions } from "../../client/sync/predictions";
import { meetingRules } from "../../shared/features/meetings/meetingRules";
import type { Op } from "../../shared/ops";
import { meetingAddOp, moderator, sampleState } from "../helpers/fixtures";

const meeting: Op = meetingAddOp();

describe("the rules the browser predicts with", () => {
  it("SYNC-12 a feature's pending op changes nothing until its rules load, then is predicted like any other", () => {
    const predictions = new Predictions(() => 1_000);
    const pending = [{ opId: "op-meet-0001", op: meeting }];
    predictions.replay(sampleState(), pending, moderator);
    expect(predictions.view()?.meeting?.["meet-0124"]).toBeUndefined();
    expect(predictions.view()?.column).toEqual(sampleState().column);

    addRules(meetingRules);
    predictions.replay(sampleState(), pending, moderator);
    expect(predictions.view()?.meeting?.["meet-0124"]).toMatchObject({ theme: "Wärmewende", version: 1 });
  });
});
