-- wrk script: POST a chat completion with a ~1 KB prompt (ordinary chat
-- text with one e-mail address, so the gateway has something to
-- pseudonymize and restore). API_KEY in the environment, if set, is sent.
-- Every request's user message is different ("Request <thread>-<n>." in
-- front), so the gateway's score cache never answers for the classifier:
-- the figures are for text scored afresh.
local prompt = "Hi team, I am preparing the quarterly report and need help rewording a few paragraphs. " ..
  "Our customer contact is jane.doe@example.com and she asked for a summary of the changes we made " ..
  "to the onboarding flow, the new pricing page, and the support process. "
while #prompt < 1000 do
  prompt = prompt .. "Please keep the tone friendly and short, and list the three main improvements first. "
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("API_KEY")
if key and #key > 0 then wrk.headers["Authorization"] = "Bearer " .. key end
local head = '{"model":"mock-gpt","messages":[{"role":"system","content":"You are a helpful assistant."},' ..
  '{"role":"user","content":"Request '
local tail = '. ' .. prompt .. '"}]}'

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, head .. (tid or 0) .. "-" .. n .. tail)
end
