//! The active filters as a flat list (for chips and "drop the narrowest filter"), and how to
//! toggle or remove one — so views never poke at `Query`'s fields themselves.

use crate::i18n::Strings;
use super::{Catalog, Facet, Query, Sort, Tab};
use crate::labels::Named;

/// One active filter: a facet option, the year range or the search text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Active {
    Option(Facet, String),
    Years,
    Text,
}

impl Query {
    /// Ids chosen in `facet`.
    pub fn selected(&self, facet: Facet) -> Vec<String> {
        fn ids<T: Named>(values: &[T]) -> Vec<String> {
            values.iter().map(|&v| v.id().to_owned()).collect()
        }
        match facet {
            Facet::Sector => self.sectors.clone(),
            Facet::Country => self.countries.clone(),
            Facet::Place => self.places.clone(),
            Facet::Side => ids(&self.sides),
            Facet::Kind => ids(&self.kinds),
            Facet::OrgType => ids(&self.org_types),
        }
    }

    /// Chooses `id` in `facet`, or un-chooses it if it was chosen. Unknown enum ids are ignored.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        fn flip<T: PartialEq>(values: &mut Vec<T>, value: Option<T>) {
            let Some(value) = value else { return };
            match values.iter().position(|v| *v == value) {
                Some(i) => {
                    values.remove(i);
                }
                None => values.push(value),
            }
        }
        match facet {
            Facet::Sector => flip(&mut self.sectors, Some(id.to_owned())),
            Facet::Country => flip(&mut self.countries, Some(id.to_owned())),
            Facet::Place => flip(&mut self.places, Some(id.to_owned())),
            Facet::Side => flip(&mut self.sides, Named::from_id(id)),
            Facet::Kind => flip(&mut self.kinds, Named::from_id(id)),
            Facet::OrgType => flip(&mut self.org_types, Named::from_id(id)),
        }
    }

    /// Adds `id` to `facet`'s choices unless it is there already. False when `id` can never be
    /// an option of the facet (not a value of its enum); other ids are checked against the data
    /// by `ViewState::drop_unknown_ids`.
    pub fn select(&mut self, facet: Facet, id: &str) -> bool {
        if self.selected(facet).iter().any(|chosen| chosen == id) {
            return true;
        }
        self.toggle(facet, id);
        self.selected(facet).iter().any(|chosen| chosen == id)
    }

    /// Every active filter, in facet order.
    pub fn active(&self) -> Vec<Active> {
        let mut active: Vec<Active> = Facet::ALL
            .iter()
            .flat_map(|&facet| self.selected(facet).into_iter().map(move |id| Active::Option(facet, id)))
            .collect();
        if self.from.is_some() || self.to.is_some() {
            active.push(Active::Years);
        }
        if !self.text.trim().is_empty() {
            active.push(Active::Text);
        }
        active
    }

    /// The query without `filter`.
    pub fn without(&self, filter: &Active) -> Query {
        let mut query = self.clone();
        match filter {
            Active::Option(facet, id) => query.toggle(*facet, id),
            Active::Years => (query.from, query.to) = (None, None),
            Active::Text => query.text.clear(),
        }
        query
    }
}

impl Catalog {
    /// A chip's text: "Sector: Renewable energy", "Years: 2015–2018", "Search: “smart city”".
    pub fn describe(&self, t: &Strings, query: &Query, filter: &Active) -> String {
        match filter {
            Active::Option(facet, id) => {
                let label = self.option_index(*facet, id).map(|i| self.option_label(*facet, i as usize, t.lang));
                format!("{}{}{}", facet.label_in(t.lang), t.colon, label.unwrap_or_else(|| id.clone()))
            }
            Active::Years => match (query.from, query.to) {
                (Some(from), Some(to)) if from == to => (t.year_is)(from),
                (Some(from), Some(to)) => (t.years_between)(from, to),
                (Some(from), None) => (t.years_from)(from),
                (None, Some(to)) => (t.years_to)(to),
                (None, None) => t.years.into(),
            },
            Active::Text => (t.search_is)(query.text.trim()),
        }
    }

    /// The filter whose removal brings back the most results, and how many it would give:
    /// what an empty result offers to drop.
    pub fn narrowest_filter(&self, query: &Query, tab: Tab) -> Option<(Active, usize)> {
        query
            .active()
            .into_iter()
            .map(|filter| {
                let count = self.filter(&query.without(&filter), tab, Sort::Date).matches.len();
                (filter, count)
            })
            .filter(|(_, count)| *count > 0)
            .max_by_key(|(_, count)| *count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InitiativeKind, Side};

    #[test]
    fn toggling_twice_restores_the_query() {
        let mut query = Query::default();
        query.toggle(Facet::Kind, "mission");
        query.toggle(Facet::Side, "china");
        query.toggle(Facet::Kind, "no-such-kind");
        assert_eq!(query.kinds, [InitiativeKind::Mission]);
        assert_eq!(query.sides, [Side::China]);
        query.toggle(Facet::Kind, "mission");
        query.toggle(Facet::Side, "china");
        assert!(query.is_empty());
    }

    #[test]
    fn active_filters_and_removal() {
        let query =
            Query { places: vec!["chengdu".into()], from: Some(2015), text: "solar".into(), ..Query::default() };
        let active = query.active();
        assert_eq!(active, [Active::Option(Facet::Place, "chengdu".into()), Active::Years, Active::Text]);
        assert!(query.without(&Active::Years).from.is_none());
        assert!(query.without(&active[0]).places.is_empty());
    }

    #[test]
    fn the_narrowest_filter_is_the_one_that_excludes_most() {
        let bundle = crate::load::parse_bundle(include_str!("../../tests/fixtures/small-bundle.json")).unwrap();
        let catalog = Catalog::new(std::sync::Arc::new(bundle));
        let query = Query { sectors: vec!["solar-energy".into()], from: Some(2020), ..Query::default() };
        assert!(catalog.filter(&query, Tab::Initiatives, Sort::Date).matches.is_empty());
        assert_eq!(catalog.narrowest_filter(&query, Tab::Initiatives), Some((Active::Years, 1)));
        assert_eq!(catalog.describe(&crate::i18n::ENGLISH, &query, &Active::Years), "Years: from 2020");
        assert_eq!(
            catalog.describe(crate::i18n::Lang::En.strings(), &query, &Active::Option(Facet::Sector, "solar-energy".into())),
            "Sector: Solar energy"
        );
    }
}
