// SHA-256 through OpenSSL, checked against the FIPS 180-2 test vectors.
#include "scenario/file_hash.hpp"

#include <gtest/gtest.h>

#include "scenario/input_error.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

TEST(Sha256, FipsTestVectors) {
  // FIPS 180-2, appendix B.1 ("abc") and the digest of the empty message.
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, OfAFileLargerThanOneReadBuffer) {
  // FIPS 180-2 appendix B.3: one million 'a's, read in several 64 KiB pieces.
  test::ScenarioFolder folder;
  const auto file = folder.write("million-a.txt", std::string(1000000, 'a'));
  EXPECT_EQ(sha256_hex_of_file(file),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, AMissingFileIsAnInputError) {
  EXPECT_THROW(sha256_hex_of_file("/nonexistent/jezsim/file.yaml"), InputError);
}

}  // namespace
}  // namespace jez
