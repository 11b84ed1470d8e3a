// The zone's trade with the mainland regions of a flat multi-regional table (sectors named
// region:sector, DESIGN.md section 4): where each of the zone's purchases from outside comes
// from, by origin region and good, and the mainland regions' own interregional model
// (Chenery-Moses, economy/interregional_economy.hpp) that those purchases drive. Pure
// computation on the table: no world, no scenario. docs/model.md, "The mainland regions".
//
// Shares of the zone's purchases. For the zone's column j, the purchases from outside the zone
// are its mainland rows and its imports row (the rest of the world); good i of mainland region
// r gets share s_{(r,i),j} = z[r:i, zone:j] / (sum over mainland rows + imports[zone:j]). A
// purchase of a final good i (the imported part of investment, services bought off the
// islands) goes to the mainland with the zone's overall mainland share mu (over all its
// purchases from outside) and there by the origin split of good i in the zone's mainland
// purchases (the split of all of them when the zone buys no good i there).
//
// The mainland model. Region s's technical coefficients count inputs from every region of the
// table (the zone's included), a^s_ij = sum_r z[r:i, s:j] / x[s:j]; the trade share c_i^{rs}
// is region r's part of s's use of good i (intermediate and final) from the table's regions.
// The model holds the mainland regions only: the part of their use bought from the zone is a
// leakage, so the zone's feedback (its own output raised by the mainland's purchases) is left
// out; `zone_share_of_mainland_use` says how big it is.
#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "economy/interregional_economy.hpp"
#include "economy/io_table.hpp"

namespace jez::economy {

class MainlandTrade {
 public:
  // `zone_sectors`: the zone economy's sectors (its own table's, in order), each of which the
  // table must hold as zone:sector. Throws TableError (one sentence naming the table file) when
  // a region or a zone sector is missing, the regions have different goods, or a sector is not
  // named region:sector.
  MainlandTrade(const IoTable& mrio, const std::string& zone,
                const std::vector<std::string>& mainland,
                const std::vector<std::string>& zone_sectors);

  int regions() const { return int(mainland_.size()); }
  int goods() const { return int(goods_.size()); }
  const std::vector<std::string>& region_names() const { return mainland_; }
  const std::vector<std::string>& good_names() const { return goods_; }
  int good_index(const std::string& good) const;  // -1 when absent
  int region_index(const std::string& region) const;

  // (R n) x n_zone: share of zone column j's purchases from outside that buys good i of mainland
  // region r (row r n + i).
  const Eigen::MatrixXd& intermediate_shares() const { return intermediate_; }
  // (R n) x n_zone: per unit of the zone's purchase of final good k (a zone sector) from
  // outside, what it buys from each mainland region and good.
  const Eigen::MatrixXd& final_goods_shares() const { return final_; }
  double mainland_share() const { return mu_; }
  // The part of the mainland regions' use of goods (intermediate and final, from the table's
  // regions) that the zone supplies in the table: the feedback the model leaves out.
  double zone_share_of_mainland_use() const { return zone_share_; }
  // R n: value added per unit of output of each mainland region's good (row r n + i).
  const Eigen::VectorXd& value_added_coefficients() const { return value_added_; }
  // The mainland regions' model; jobs per unit of *annual* output.
  const InterregionalEconomy& economy() const { return economy_; }

  struct Parts;  // internal: what the table gives, before the mainland model is factorised

 private:
  MainlandTrade(Parts parts, const std::vector<std::string>& mainland);

  std::vector<std::string> mainland_, goods_;
  Eigen::MatrixXd intermediate_, final_;
  Eigen::VectorXd value_added_;
  double mu_ = 0, zone_share_ = 0;
  InterregionalEconomy economy_;
};

}  // namespace jez::economy
