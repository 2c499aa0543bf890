//! What a note can say about itself beyond its text: a partner inside or
//! outside the company (Key Partners), and the roles a customer segment
//! plays (Customer Segments). Ids are part of the stored and shared formats.

/// Where a partner sits: internal partners (sponsors, IT, SMEs) are planned
/// and treated differently from external ones (vendors, consultants).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartnerSide {
    Internal,
    External,
}

impl PartnerSide {
    pub const ALL: [PartnerSide; 2] = [PartnerSide::Internal, PartnerSide::External];

    pub fn id(self) -> &'static str {
        match self {
            PartnerSide::Internal => "internal",
            PartnerSide::External => "external",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PartnerSide::Internal => "Internal",
            PartnerSide::External => "External",
        }
    }

    pub fn from_id(id: &str) -> Option<PartnerSide> {
        PartnerSide::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// The parts a customer plays: who asks, who backs it, who pays, who learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Requester,
    Sponsor,
    Payer,
    Learner,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Requester, Role::Sponsor, Role::Payer, Role::Learner];

    pub fn id(self) -> &'static str {
        match self {
            Role::Requester => "requester",
            Role::Sponsor => "sponsor",
            Role::Payer => "payer",
            Role::Learner => "learner",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Role::Requester => "Requester",
            Role::Sponsor => "Sponsor",
            Role::Payer => "Payer",
            Role::Learner => "Learner",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of roles, kept in the order of [`Role::ALL`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Roles(u8);

impl Roles {
    pub fn has(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn with(self, role: Role, on: bool) -> Roles {
        if on {
            Roles(self.0 | role.bit())
        } else {
            Roles(self.0 & !role.bit())
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.has(*r))
    }

    /// The set as bits, bit `i` for `Role::ALL[i]` (for share links).
    pub fn bits(self) -> u8 {
        self.0
    }

    /// The set from bits; `None` when a bit names no role.
    pub fn from_bits(bits: u8) -> Option<Roles> {
        (bits >> Role::ALL.len() == 0).then_some(Roles(bits))
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<I: IntoIterator<Item = Role>>(iter: I) -> Roles {
        iter.into_iter()
            .fold(Roles::default(), |r, role| r.with(role, true))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn ids_come_back_and_roles_keep_their_order() {
        for p in PartnerSide::ALL {
            assert_eq!(PartnerSide::from_id(p.id()), Some(p));
        }
        for r in Role::ALL {
            assert_eq!(Role::from_id(r.id()), Some(r));
        }
        let roles: Roles = [Role::Payer, Role::Requester, Role::Payer]
            .into_iter()
            .collect();
        assert_eq!(
            roles.iter().collect::<Vec<_>>(),
            [Role::Requester, Role::Payer]
        );
        assert!(roles.has(Role::Payer) && !roles.has(Role::Learner));
        let roles = roles.with(Role::Payer, false);
        assert_eq!(roles.iter().collect::<Vec<_>>(), [Role::Requester]);
        assert_eq!(Roles::from_bits(roles.bits()), Some(roles));
        assert_eq!(Roles::from_bits(0x10), None);
        assert!(Roles::default().is_empty());
    }
}
