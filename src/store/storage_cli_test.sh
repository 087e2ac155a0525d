#!/usr/bin/env bash
# End-to-end test of `convoguard keys|audit|subject|conversations` on a temp
# data directory: roles are enforced, operations are audited, and
# `audit verify` names the first tampered record.
set -uo pipefail
bin="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
d="$dir/data"
fails=0
check() {  # check DESCRIPTION EXPECTED_RC COMMAND...
  local what="$1" want="$2"; shift 2
  out="$("$@" 2>&1)"; rc=$?
  if [[ "$rc" != "$want" ]]; then echo "FAIL: $what: exit $rc, wanted $want"; echo "$out"; fails=$((fails+1)); fi
}
contains() {  # contains DESCRIPTION NEEDLE
  if [[ "$out" != *"$2"* ]]; then echo "FAIL: $1: output lacks '$2'"; echo "$out"; fails=$((fails+1)); fi
}

check "init" 0 "$bin" keys init --data-dir "$d" --admin-credential-out "$dir/admin.key" --reader-credential-out "$dir/reader.key"
[[ "$(stat -c %a "$d/keyring.json")" == 600 ]] || { echo "FAIL: keyring.json not 0600"; fails=$((fails+1)); }
[[ "$(stat -c %a "$dir/admin.key")" == 600 ]] || { echo "FAIL: admin.key not 0600"; fails=$((fails+1)); }
check "init twice" 2 "$bin" keys init --data-dir "$d" --admin-credential-out "$dir/a2" --reader-credential-out "$dir/r2"
check "status" 0 "$bin" keys status --data-dir "$d"
contains "status" "primary version: 1"
check "rotate without credential" 2 "$bin" keys rotate --data-dir "$d"
contains "rotate without credential" "permission denied"
check "rotate as reader" 2 "$bin" keys rotate --data-dir "$d" --credential "$dir/reader.key"
check "rotate as key-admin" 0 "$bin" keys rotate --data-dir "$d" --credential "$dir/admin.key"
contains "rotate" "primary KEK version is now 2"
check "rewrap" 0 "$bin" keys rewrap --data-dir "$d" --credential "$dir/admin.key"
check "retire the primary" 2 "$bin" keys retire --data-dir "$d" --credential "$dir/admin.key" --min-version 3
check "retire" 0 "$bin" keys retire --data-dir "$d" --credential "$dir/admin.key" --min-version 2
check "status after retire" 0 "$bin" keys status --data-dir "$d"
contains "status after retire" "minimum decryption version: 2"
check "export as key-admin is not reader" 2 "$bin" subject export --data-dir "$d" --tenant t --subject s --reason r --credential "$dir/admin.key"
check "export" 0 "$bin" subject export --data-dir "$d" --tenant t --subject s --reason "DSAR 7" --credential "$dir/reader.key"
contains "export" '"records": []'
check "erase as reader" 2 "$bin" subject erase --data-dir "$d" --tenant t --subject s --reason r --credential "$dir/reader.key"
check "erase" 0 "$bin" subject erase --data-dir "$d" --tenant t --subject s --reason "DSAR 8" --credential "$dir/admin.key"
check "show unknown conversation" 2 "$bin" conversations show nope --data-dir "$d" --tenant t --reason r --credential "$dir/reader.key"
check "verify" 0 "$bin" audit verify --data-dir "$d"
check "export audit" 0 "$bin" audit export --data-dir "$d"
for type in key.init key.rotate key.rewrap key.retire auth.failure subject.export subject.erase conversation.read; do
  contains "audit export" "\"type\":\"$type\""
done
contains "audit export" "DSAR 8"

# One chain per tenant: key operations in the system chain, tenant t's requests in its own.
[[ -s "$d/audit/system.log" && -s "$d/audit/tenant-t.log" ]] || { echo "FAIL: no per-tenant chains"; ls -R "$d"; fails=$((fails+1)); }
check "export one tenant" 0 "$bin" audit export --data-dir "$d" --tenant t
contains "export one tenant" '"chain":"tenant-t"'
if [[ "$out" == *'"chain":"system"'* ]]; then echo "FAIL: --tenant exported the system chain"; fails=$((fails+1)); fi
check "export one chain" 0 "$bin" audit export --data-dir "$d" --chain system
contains "export one chain" '"type":"key.rotate"'

# Tamper with the third record of the system chain: verify must name the chain and line 3.
cp "$d/audit/system.log" "$dir/system.log.good"
sed -i '3s/"seq":3/"seq":33/' "$d/audit/system.log"
check "verify tampered" 1 "$bin" audit verify --data-dir "$d"
contains "verify tampered" "TAMPERED: chain system: first bad record at line 3"
contains "verify tampered" "ok: chain tenant-t (tenant t)"
cp "$dir/system.log.good" "$d/audit/system.log"
# ...and in the tenant's chain.
sed -i '1s/DSAR 7/DSAR 9/' "$d/audit/tenant-t.log"
check "verify tampered tenant" 1 "$bin" audit verify --data-dir "$d"
contains "verify tampered tenant" "TAMPERED: chain tenant-t (tenant t): first bad record at line 1"
# A deleted tenant chain is caught by its announcement in the system chain.
rm "$d/audit/tenant-t.log" "$d/audit/tenant-t.log.head"
check "verify deleted chain" 1 "$bin" audit verify --data-dir "$d"
contains "verify deleted chain" "chain tenant-t is missing"

chmod 644 "$d/keyring.json"
check "group-readable keyring" 2 "$bin" keys status --data-dir "$d"
contains "group-readable keyring" "chmod 600"
check "missing data dir" 2 "$bin" keys status --data-dir "$dir/nope"

# A passphrase-protected key file.
echo "correct horse battery" >"$dir/pass"
check "init with passphrase" 0 "$bin" keys init --data-dir "$dir/pp" --passphrase-file "$dir/pass" --admin-credential-out "$dir/pp-admin.key" --reader-credential-out "$dir/pp-reader.key"
check "status without passphrase" 2 "$bin" keys status --data-dir "$dir/pp"
contains "status without passphrase" "passphrase"
echo "wrong" >"$dir/wrongpass"
check "status with wrong passphrase" 2 "$bin" keys status --data-dir "$dir/pp" --passphrase-file "$dir/wrongpass"
check "status with passphrase" 0 "$bin" keys status --data-dir "$dir/pp" --passphrase-file "$dir/pass"
CONVOGUARD_KEYRING_PASSPHRASE="correct horse battery" check "passphrase from the environment" 0 "$bin" keys status --data-dir "$dir/pp"
if grep -q '"keys"' "$dir/pp/keyring.json"; then echo "FAIL: protected key file holds plain keys"; fails=$((fails+1)); fi

# The same key operations with the KEKs on a SoftHSM2 token.
if command -v softhsm2-util >/dev/null && [[ -e /usr/lib/softhsm/libsofthsm2.so ]]; then
  mkdir -p "$dir/tokens" "$dir/hsm"
  printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' "$dir" >"$dir/softhsm2.conf"
  export SOFTHSM2_CONF="$dir/softhsm2.conf"
  softhsm2-util --init-token --free --label cli-test --pin 4321 --so-pin 8765 >/dev/null
  echo 4321 >"$dir/pin"
  hsm=(--data-dir "$dir/hsm" --pkcs11-token cli-test --pkcs11-pin-file "$dir/pin")
  check "pkcs11 init" 0 "$bin" keys init "${hsm[@]}" --admin-credential-out "$dir/hsm-admin.key" --reader-credential-out "$dir/hsm-reader.key"
  check "pkcs11 rotate" 0 "$bin" keys rotate "${hsm[@]}" --credential "$dir/hsm-admin.key"
  check "pkcs11 status" 0 "$bin" keys status "${hsm[@]}"
  contains "pkcs11 status" "provider: pkcs11"
  contains "pkcs11 status" "primary version: 2"
  [[ ! -e "$dir/hsm/keyring.json" ]] || { echo "FAIL: keyring.json written with a PKCS#11 token"; fails=$((fails+1)); }
  check "pkcs11 verify" 0 "$bin" audit verify "${hsm[@]}"
  echo 0000 >"$dir/badpin"
  check "pkcs11 wrong pin" 2 "$bin" keys status --data-dir "$dir/hsm" --pkcs11-token cli-test --pkcs11-pin-file "$dir/badpin"
  contains "pkcs11 wrong pin" "wrong PIN"
else
  echo "PKCS#11 NOT TESTED: SoftHSM2 is not installed"
fi

if [[ $fails -ne 0 ]]; then echo "$fails failure(s)"; exit 1; fi
echo "all storage CLI checks passed"
