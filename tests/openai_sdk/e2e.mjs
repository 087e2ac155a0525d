// End-to-end: the official openai npm client against the ConvoGuard gateway
// over TLS. Run by tests/openai_sdk_test.sh, which starts the gateway and
// passes BASE_URL, API_KEY, MOCK_URL (and NODE_EXTRA_CA_CERTS for the test CA).
import assert from "node:assert/strict";
import OpenAI from "openai";

const client = new OpenAI({ baseURL: process.env.BASE_URL, apiKey: process.env.API_KEY, maxRetries: 0 });
const email = "jane.doe@example.com";
let failures = 0;

async function check(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

async function modelSaw() {
  const r = await fetch(`${process.env.MOCK_URL}/mock/last-request`);
  return JSON.stringify(await r.json());
}

await check("plain chat completion, pseudonymized round trip", async () => {
  const r = await client.chat.completions.create({
    model: "mock-gpt",
    messages: [{ role: "user", content: `Please write to ${email} about the invoice.` }],
  });
  assert.equal(r.choices[0].message.content, `You said: Please write to ${email} about the invoice.`);
  const saw = await modelSaw();
  assert.ok(!saw.includes(email), `the model saw the address: ${saw}`);
  assert.ok(saw.includes("<EMAIL_ADDRESS_1>"), saw);
});

await check("streaming chat completion, placeholders split across tiny chunks", async () => {
  const stream = await client.chat.completions.create({
    model: "mock-gpt",
    stream: true,
    messages: [{ role: "user", content: `!mock chunk 2\nMy address is ${email}, thanks` }],
  });
  let text = "";
  let finish = null;
  for await (const chunk of stream) {
    for (const c of chunk.choices) {
      text += c.delta?.content ?? "";
      if (c.finish_reason) finish = c.finish_reason;
    }
  }
  assert.equal(text, `You said: My address is ${email}, thanks`);
  assert.equal(finish, "stop");
});

await check("a blocked request surfaces as the SDK's own error type", async () => {
  const fakeKey = "AKIA" + "Q7ZX3MB2NWRT4KLP";  // made up, built at run time
  await assert.rejects(
    client.chat.completions.create({ model: "mock-gpt", messages: [{ role: "user", content: `key ${fakeKey}` }] }),
    (e) => {
      assert.ok(e instanceof OpenAI.PermissionDeniedError, `got ${e?.constructor?.name}`);
      assert.equal(e.status, 403);
      assert.equal(e.code, "policy_violation.secrets.AWS_ACCESS_KEY_ID");
      assert.ok(!String(e.message).includes(fakeKey));
      return true;
    });
});

await check("a bad API key surfaces as AuthenticationError", async () => {
  const bad = new OpenAI({ baseURL: process.env.BASE_URL, apiKey: "cgk_wrong", maxRetries: 0 });
  await assert.rejects(bad.models.list(), (e) => e instanceof OpenAI.AuthenticationError && e.status === 401);
});

await check("models list", async () => {
  const models = await client.models.list();
  assert.deepEqual(models.data.map((m) => m.id), ["mock-gpt"]);
});

process.exit(failures === 0 ? 0 : 1);
