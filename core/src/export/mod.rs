//! A council's meetings written as the open-data standards others read: Popolo now;
//! eInnsyn, KS Fiks politisk behandling and OParl are to follow (see the README's table of
//! what each carries).

pub mod popolo;
