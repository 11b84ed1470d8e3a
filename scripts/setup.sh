#!/usr/bin/env bash
# Installs jezsim's Debian packages, only those missing. Root runs apt-get directly; others use sudo.
set -euo pipefail
packages=(
  g++ cmake make pkg-config git
  libsimgrid-dev libeigen3-dev libyaml-cpp-dev libgtest-dev libbenchmark-dev
  libopenblas-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libssl-dev
  libopenmpi-dev openmpi-bin
  python3 python3-numpy python3-scipy python3-pandas python3-matplotlib python3-pytest python3-yaml
  chromium fonts-dejavu-core
  python3-jsonschema
)
# `setup.sh fuzz` (make fuzz) adds clang and its libFuzzer runtime and symbolizer.
if [ "${1:-}" = fuzz ]; then
  packages+=(clang-14 libclang-rt-14-dev llvm-14)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
