// Further provider tokens with a distinctive prefix, after gitleaks' ruleset
// (formats as the providers document them). Each is a prefix plus a body of
// fixed shape, confirmed by TokenValidator (length via the next character,
// placeholder, entropy).
#include <string>

#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"
#include "recognizers/word_shape_cues.h"

namespace convoguard::recognizers::secrets {
namespace {

// A Discord bot token: base64 of the bot's numeric id (a 17-19 digit
// snowflake), a timestamp and an HMAC, dot-separated. The first part must
// decode to the id's digits (the word-shape finder reports only such
// parts).
Verdict ValidateDiscordBotToken(const Candidate& c) {
  if (ContinuesToken(c.after, "-_")) return Verdict::Reject();
  if (IsPlaceholder(c.text) || Entropy(c.text) < 4.0 || CharClassCount(c.text) < 3) return Verdict::Reject();
  auto id = Base64Decode(c.text.substr(0, c.text.find('.')));
  if (!id || id->size() < 17 || id->size() > 19 || id->find_first_not_of("0123456789") != std::string::npos) {
    return Verdict::Reject();
  }
  return Verdict::Accept("base64 snowflake id, timestamp, HMAC");
}

// "SSWS <token>": report the token.
Verdict ValidateOktaToken(const Candidate& c) {
  if (ContinuesToken(c.after, "-_")) return Verdict::Reject();
  const size_t b = c.text.find_first_not_of(" \t", 4);
  std::string_view token = c.text.substr(b);
  if (IsPlaceholder(token.substr(2)) || Entropy(token) < 3.5) return Verdict::Reject();
  Verdict v = Verdict::Accept("Okta SSWS scheme");
  v.sub_begin = b;
  return v;
}

// Providers that gitleaks' ruleset lacks, with the prefixes their
// documentation gives; and shapes that need their own validator.
void AddNewProviderRules(RuleList& out) {
  const TokenRule rules[] = {
      {"groq_api_key", "GROQ_API_KEY", R"(\bgsk_[A-Za-z0-9]{52})", 0.95, {.prefix_len = 4}},
      {"xai_api_key", "XAI_API_KEY", R"(\bxai-[A-Za-z0-9]{70,90})", 0.9, {.prefix_len = 4, .min_entropy = 4.0}},
      {"replicate_api_token", "REPLICATE_API_TOKEN", R"(\br8_[A-Za-z0-9]{37})", 0.9,
       {.prefix_len = 3, .min_entropy = 3.5}},
      {"tailscale_key", "TAILSCALE_KEY",
       R"(\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64})", 0.95,
       {.prefix_len = 6, .body_extra = "-"}},
      {"pinecone_api_key", "PINECONE_API_KEY", R"(\bpcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,80})", 0.95,
       {.prefix_len = 5, .body_extra = "_"}},
      {"supabase_access_token", "SUPABASE_TOKEN", R"(\bsbp_[a-f0-9]{40})", 0.95, {.prefix_len = 4}},
      {"supabase_secret_key", "SUPABASE_TOKEN", R"(\bsb_secret_[A-Za-z0-9_\-]{24,64})", 0.95,
       {.prefix_len = 10, .body_extra = "-_"}},
      // Secret tokens only: "pk." tokens are public by design (shipped in web maps).
      {"mapbox_secret_token", "MAPBOX_TOKEN", R"(\bsk\.eyJ[A-Za-z0-9_\-]{20,300}\.[A-Za-z0-9_\-]{20,30})", 0.95,
       {.prefix_len = 3, .body_extra = "-_."}},
      {"figma_token", "FIGMA_TOKEN", R"(\bfigd_[A-Za-z0-9_\-]{38,64})", 0.95, {.prefix_len = 5, .body_extra = "-_"}},
      {"nuget_api_key", "NUGET_API_KEY", R"(\boy2[a-z0-9]{43})", 0.9, {.prefix_len = 3, .min_entropy = 3.5}},
      // <32 hex>-us<datacenter>: the "-us" and its digit are the cue.
      {"mailchimp_api_key", "MAILCHIMP_API_KEY", R"(\b[0-9a-f]{32}-us[0-9]{1,2})", 0.9,
       {.prefix_len = 0, .body_extra = "-"}, {}, false, R"([0-9a-f]-us[0-9])", R"([0-9a-f]{32}-us[0-9])"},
      {"facebook_access_token", "FACEBOOK_ACCESS_TOKEN", R"(\bEAA[A-Za-z0-9]{100,400})", 0.9,
       {.prefix_len = 3, .min_entropy = 4.0}},
      // An app access token: the app id, "|", the app secret.
      {"facebook_app_token", "FACEBOOK_ACCESS_TOKEN", R"(\b[0-9]{15,16}\|[A-Za-z0-9_\-]{27,40})", 0.8,
       {.prefix_len = 17, .body_extra = "-_", .min_entropy = 3.5}, {"facebook", "graph", "access_token"}, false,
       R"([0-9]\|[A-Za-z0-9_\-]{27})", R"([0-9]{15,16}\|[A-Za-z0-9_\-]{27})"},
      // Azure AD (Entra) client secrets: 3 characters, a digit, "Q~", 31-34
      // more. The characters around may be '~' and '.', so no \b.
      {"azure_ad_client_secret", "AZURE_AD_CLIENT_SECRET", R"([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34})", 0.9,
       {.prefix_len = 6, .body_extra = "-_~.", .min_entropy = 3.5, .not_after = std::string(kAlnum) + "_~.-"}, {},
       false, R"([0-9]Q~)", R"([A-Za-z0-9_~.]{3}[0-9]Q~)"},
      // Session 13, from the providers' documented formats.
      {"langsmith_api_key", "LANGSMITH_API_KEY", R"(\blsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})", 0.95,
       {.prefix_len = 8, .body_extra = "_"}},
      // A license key: 36 hex and "NRAL"; the suffix is the cue.
      {"new_relic_license_key", "NEW_RELIC_KEY", R"(\b[0-9a-f]{36}NRAL)", 0.9, {.prefix_len = 0}, {}, false,
       R"([0-9a-f]NRAL)", R"([0-9a-f]{36}NRAL)"},
      // A Firebase Cloud Messaging server key: "AAAA", 7, ":APA91b", 134.
      {"fcm_server_key", "FCM_SERVER_KEY", R"(\bAAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134})", 1.0,
       {.prefix_len = 0, .body_extra = "-_"}, {}, false, R"(:APA91b)", R"(AAAA[A-Za-z0-9_\-]{7}:APA91b)"},
      {"hubspot_private_app_token", "HUBSPOT_TOKEN",
       R"(\bpat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", 0.95,
       {.prefix_len = 8, .body_extra = "-"}},
      {"dropbox_access_token", "DROPBOX_TOKEN", R"(\bsl\.(?:u\.)?[A-Za-z0-9_\-=]{130,400})", 0.9,
       {.prefix_len = 3, .body_extra = "-_=", .min_entropy = 4.0}},
      {"honeycomb_api_key", "HONEYCOMB_API_KEY", R"(\bhc[a-z]{2}k_[0-9a-z]{58})", 0.95,
       {.prefix_len = 6, .min_entropy = 3.5}},
      {"circleci_token", "CIRCLECI_TOKEN", R"(\bCCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[0-9a-f]{40})", 0.95,
       {.prefix_len = 7, .body_extra = "_"}},
      {"bitbucket_app_password", "BITBUCKET_TOKEN", R"(\bATBB[A-Za-z0-9]{32})", 0.95,
       {.prefix_len = 4, .min_entropy = 3.5}},
      {"google_oauth_access_token", "GOOGLE_OAUTH_TOKEN", R"(\bya29\.[A-Za-z0-9_\-]{30,400})", 0.95,
       {.prefix_len = 5, .body_extra = "-_", .min_entropy = 3.5}},
      {"sonarqube_token", "SONARQUBE_TOKEN", R"(\bsq[apu]_[0-9a-f]{40})", 0.95, {.prefix_len = 4}},
      {"buildkite_token", "BUILDKITE_TOKEN", R"(\bbkua_[0-9a-f]{40})", 0.95, {.prefix_len = 5}},
      {"crates_io_token", "CRATES_IO_TOKEN", R"(\bcio[A-Za-z0-9]{32})", 0.9,
       {.prefix_len = 3, .min_entropy = 3.5, .min_classes = 3}},
      {"render_api_key", "RENDER_API_KEY", R"(\brnd_[A-Za-z0-9]{32})", 0.9,
       {.prefix_len = 4, .min_entropy = 3.5, .min_classes = 3}},
      {"braintree_access_token", "BRAINTREE_TOKEN",
       R"(\baccess_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})", 1.0,
       {.prefix_len = 13, .body_extra = "$"}},
      {"mercadopago_access_token", "MERCADOPAGO_TOKEN",
       R"(\b(?:APP_USR|TEST)-[0-9]{16}-[0-9]{6}-[0-9a-f]{32}-[0-9]{6,12})", 0.95,
       {.prefix_len = 5, .body_extra = "-"}},
      {"airtable_pat", "AIRTABLE_TOKEN", R"(\bpat[A-Za-z0-9]{14}\.[0-9a-f]{64})", 0.95,
       {.prefix_len = 3, .body_extra = "."}},
      // AWS STS session tokens: base64 of a protobuf that starts the same
      // way (IQoJb3JpZ2luX2Vj, "...origin_ec"; FwoGZXIvYXdzE before 2019).
      {"aws_session_token", "AWS_SESSION_TOKEN",
       R"(\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{100,1400}={0,2})", 0.95,
       {.prefix_len = 13, .body_extra = "+/=", .min_entropy = 4.5}, {}, false, "", "", false,
       R"(\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE))"},
  };
  for (const TokenRule& r : rules) AddTokenRule(out, r);
  // Okta's API token scheme: "SSWS" and "00" + 40 (the token is reported).
  out.push_back({
      .id = "okta_api_token",
      .entity_type = "OKTA_API_TOKEN",
      .regex = R"(\bSSWS[ \t]{1,3}00[A-Za-z0-9_\-]{40})",
      .score = 0.95,
      .validate = ValidateOktaToken,
  });
  out.push_back({
      .id = "discord_bot_token",
      .entity_type = "DISCORD_BOT_TOKEN",
      .regex = R"(\b[MNO][A-Za-z0-9_\-]{22,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})",
      // Found from its first part, a word of base64 digits (the word-shape
      // finder's cue at its end): in Vectorscan's database a prefilter on
      // the dots around the timestamp, "\.[A-Za-z0-9_\-]{6}\.", cost 14 K
      // instructions per sparse 16 KB (1.3% of the scan; callgrind,
      // scan_rule_cost drop).
      .cue_group = WordShapeCue(kDiscordIdWordShape),
      .lead = R"([MNO][A-Za-z0-9_\-]{22,25})",
      .score = 0.95,
      .validate = ValidateDiscordBotToken,
      .context = {"discord", "bot"},
  });
}

}  // namespace

void AddMoreProviderRules(RuleList& out) {
  const TokenRule rules[] = {
      {"age_secret_key", "AGE_SECRET_KEY", R"(\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})", 1.0,
       {.prefix_len = 15}},
      {"artifactory_api_key", "ARTIFACTORY_TOKEN", R"(\bAKCp[A-Za-z0-9]{69})", 0.9, {.prefix_len = 4}},
      {"atlassian_api_token", "ATLASSIAN_API_TOKEN", R"(\bATATT3[A-Za-z0-9_\-=]{180,200})", 0.95,
       {.prefix_len = 6, .body_extra = "-_="}},
      {"aws_bedrock_api_key", "AWS_BEDROCK_API_KEY", R"(\bABSK[A-Za-z0-9+/]{109,269}={0,2})", 0.9,
       {.prefix_len = 4, .body_extra = "+/="}},
      {"cloudflare_origin_ca_key", "CLOUDFLARE_API_KEY", R"(\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146})", 0.95,
       {.prefix_len = 5, .body_extra = "-"}},
      {"databricks_token", "DATABRICKS_TOKEN", R"(\bdapi[a-f0-9]{32}(?:-[0-9])?)", 0.9, {.prefix_len = 4}},
      {"digitalocean_token", "DIGITALOCEAN_TOKEN", R"(\bdo[opr]_v1_[a-f0-9]{64})", 1.0, {.prefix_len = 7}},
      {"docker_hub_pat", "DOCKER_HUB_TOKEN", R"(\bdckr_pat_[A-Za-z0-9_\-]{27})", 0.95,
       {.prefix_len = 9, .body_extra = "-_"}},
      {"doppler_token", "DOPPLER_TOKEN", R"(\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})", 0.95,
       {.prefix_len = 6}},
      {"dynatrace_token", "DYNATRACE_TOKEN", R"(\bdt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64})", 0.95,
       {.prefix_len = 7, .body_extra = "."}},
      {"easypost_api_key", "EASYPOST_API_KEY", R"(\bEZ[AT]K[A-Za-z0-9]{54})", 0.9, {.prefix_len = 4}},
      {"flyio_token", "FLYIO_TOKEN", R"(\b(?:fo1_[A-Za-z0-9_\-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,400}={0,3}))", 0.9,
       {.prefix_len = 4, .body_extra = "-_+/="}},
      {"grafana_cloud_token", "GRAFANA_TOKEN", R"(\bglc_[A-Za-z0-9+/]{32,400}={0,3})", 0.9,
       {.prefix_len = 4, .body_extra = "+/="}},
      {"grafana_service_account_token", "GRAFANA_TOKEN", R"(\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})", 0.95,
       {.prefix_len = 5, .body_extra = "_"}},
      {"hashicorp_terraform_token", "TERRAFORM_CLOUD_TOKEN", R"(\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70})",
       0.95, {.prefix_len = 0, .body_extra = "-_="}, {}, false, R"(\.atlasv1\.[A-Za-z0-9_=\-]{60,70})"},
      {"heroku_api_key", "HEROKU_API_KEY", R"(\bHRKU-AA[0-9A-Za-z_\-]{58})", 0.95, {.prefix_len = 7, .body_extra = "-_"}},
      {"infracost_token", "INFRACOST_TOKEN", R"(\bico-[A-Za-z0-9]{32})", 0.85, {.prefix_len = 4}},
      {"linear_api_key", "LINEAR_API_KEY", R"(\blin_api_[A-Za-z0-9]{40})", 0.95, {.prefix_len = 8}},
      {"maxmind_license_key", "MAXMIND_LICENSE_KEY", R"(\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)", 0.9,
       {.prefix_len = 0, .body_extra = "_"}, {}, false, R"([A-Za-z0-9]_mmk)"},
      {"new_relic_key", "NEW_RELIC_KEY", R"(\bNR(?:AK|II|JS)-[A-Za-z0-9]{19,27})", 0.9, {.prefix_len = 5}},
      {"notion_token", "NOTION_TOKEN", R"(\bntn_[A-Za-z0-9]{46})", 0.95, {.prefix_len = 4, .min_classes = 3}},
      {"octopus_deploy_api_key", "OCTOPUS_DEPLOY_API_KEY", R"(\bAPI-[A-Z0-9]{26})", 0.8, {.prefix_len = 4}},
      {"openshift_user_token", "OPENSHIFT_TOKEN", R"(\bsha256~[A-Za-z0-9_\-]{43})", 0.9,
       {.prefix_len = 7, .body_extra = "-_"}},
      {"perplexity_api_key", "PERPLEXITY_API_KEY", R"(\bpplx-[A-Za-z0-9]{48})", 0.95, {.prefix_len = 5}},
      {"planetscale_token", "PLANETSCALE_TOKEN", R"(\bpscale_(?:pw|tkn|oauth)_[A-Za-z0-9_=.\-]{32,64})", 0.95,
       {.prefix_len = 10, .body_extra = "-_=."}},
      {"postman_api_key", "POSTMAN_API_KEY", R"(\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})", 0.95,
       {.prefix_len = 5, .body_extra = "-"}},
      {"prefect_api_key", "PREFECT_API_KEY", R"(\bpnu_[A-Za-z0-9]{36})", 0.95, {.prefix_len = 4}},
      {"pulumi_token", "PULUMI_TOKEN", R"(\bpul-[a-f0-9]{40})", 0.95, {.prefix_len = 4}},
      {"readme_api_key", "README_API_KEY", R"(\brdme_[a-z0-9]{70})", 0.95, {.prefix_len = 5}},
      {"rubygems_api_key", "RUBYGEMS_API_KEY", R"(\brubygems_[a-f0-9]{48})", 0.95, {.prefix_len = 9}},
      {"scalingo_token", "SCALINGO_TOKEN", R"(\btk-us-[A-Za-z0-9_\-]{48})", 0.9, {.prefix_len = 6, .body_extra = "-_"}},
      {"sendinblue_api_key", "BREVO_API_KEY", R"(\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})", 0.95,
       {.prefix_len = 8, .body_extra = "-"}},
      {"sentry_token", "SENTRY_TOKEN", R"(\b(?:sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_]{60,400}))", 0.95,
       {.prefix_len = 7, .body_extra = "+/=_"}},
      {"shippo_api_key", "SHIPPO_API_KEY", R"(\bshippo_(?:live|test)_[a-fA-F0-9]{40})", 0.95, {.prefix_len = 12}},
      {"shopify_token", "SHOPIFY_TOKEN", R"(\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})", 0.95, {.prefix_len = 6}},
      {"sourcegraph_token", "SOURCEGRAPH_TOKEN", R"(\bsgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})", 0.9,
       {.prefix_len = 4, .body_extra = "_"}},
      {"square_token", "SQUARE_TOKEN", R"(\b(?:EAAA|sq0atp-|sq0csp-)[A-Za-z0-9_\-]{22,60})", 0.9,
       {.prefix_len = 4, .body_extra = "-_"}},
      // No \b before the bot id: in an API URL it follows "/bot" directly.
      {"telegram_bot_token", "TELEGRAM_BOT_TOKEN", R"([0-9]{8,10}:AA[A-Za-z0-9_\-]{33})", 0.9,
       {.prefix_len = 0, .body_extra = "-_", .not_after = "0123456789"}, {"telegram", "bot"}, false,
       R"([0-9]:AA[A-Za-z0-9_\-]{33})"},
      // Service tokens carry a protobuf whose base64 starts "CAES"; their
      // length varies with the cluster's name, shorter than 90 for short ones.
      {"vault_token", "VAULT_TOKEN",
       R"(\b(?:hvs\.(?:CAES[A-Za-z0-9_\-]{60,140}|[A-Za-z0-9_\-]{90,120})|hvb\.[A-Za-z0-9_\-]{138,300}))", 0.95,
       {.prefix_len = 4, .body_extra = "-_"}},
      // Vault before 1.10: "s." and 24 base62 characters. Mixed case and
      // digits (a dotted name is not), and a context word.
      {"vault_legacy_token", "VAULT_TOKEN", R"(\bs\.[A-Za-z0-9]{24})", 0.7,
       {.prefix_len = 2, .min_entropy = 3.5, .min_classes = 3}, {"vault", "token"}, false, "", "", true},
      // Service-account tokens hold a JSON sign-in blob and run to ~900
      // characters; the opener holds a stream back from their start.
      {"onepassword_service_account_token", "ONEPASSWORD_TOKEN", R"(\bops_eyJ[A-Za-z0-9+/]{250,1600}={0,3})", 0.95,
       {.prefix_len = 4, .body_extra = "+/="}, {}, false, "", "", false, R"(\bops_eyJ[A-Za-z0-9+/]{8})"},
      {"onepassword_secret_key", "ONEPASSWORD_TOKEN",
       R"(\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})", 0.95,
       {.prefix_len = 3, .body_extra = "-"}},
      {"alibaba_access_key_id", "ALIBABA_ACCESS_KEY_ID", R"(\bLTAI[A-Za-z0-9]{20})", 0.9, {.prefix_len = 4}},
      {"microsoft_teams_webhook", "TEAMS_WEBHOOK",
       R"(https://[a-z0-9]{1,40}\.webhook\.office\.com/webhookb2/[a-z0-9\-]{36}@[a-z0-9\-]{36}/IncomingWebhook/[A-Za-z0-9]{32}/[a-z0-9\-]{36})",
       1.0, {.prefix_len = 8, .body_extra = "-"}},
      {"discord_webhook", "DISCORD_WEBHOOK",
       R"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,72})", 1.0,
       {.prefix_len = 8, .body_extra = "-_"}},
  };
  for (const TokenRule& r : rules) AddTokenRule(out, r);
  AddNewProviderRules(out);
}

}  // namespace convoguard::recognizers::secrets
