//! Cost sharing: keys as data, exact apportionment of a budget to the øre, population
//! figures from SSB, recovering an undocumented key, and comparing keys side by side.
//!
//! Money is whole øre in `i64`; shares are exact rationals until the last step, which
//! rounds by the largest-remainder method (see [`apportion`](apportion::apportion)).

pub mod apportion;
pub mod compare;
pub mod key;
pub mod money;
pub mod population;
pub(crate) mod ratio;
pub mod recovery;
mod shares;

pub use apportion::{
    apportion, apportion_decoded, Apportioned, Apportionment, Contribution, KeySource, PartShare,
    PreparedKey, MAX_AMOUNT_ORE,
};
pub use compare::{compare, compare_scenarios, Comparison, ComparisonRow, Scenario};
pub use key::{Budget, CostKey, Fraction, KeyPart, MemberWeight, PopulationYear, Settlement};
pub use money::{format_kroner, parse_kroner};
pub use population::parse as parse_population;
pub use population::{from_csv, from_json_stat, PopulationRow, PopulationTable};
pub use recovery::{recover_equal_share, Invoiced, Recovery, Residual};
