//! One visual language for every drawn format: the shape and colour of each
//! kind of actor and the colour of each quad class, shared by DOT (and the
//! pictures), the HTML page and GEXF's `viz` colours.

use crate::actors::ActorKind;
use crate::relations::QuadClass;

/// How an actor of a kind is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindLook {
    /// Graphviz shape name.
    pub dot_shape: &'static str,
    /// The HTML page's shape of the same outline (`square` for Graphviz's `box`).
    pub page_shape: &'static str,
    /// Fill colour `#RRGGBB`: tints of the Okabe–Ito palette (colour-blind
    /// safe, black text stays legible).
    pub fill: &'static str,
}

/// Shape and fill per kind; a distinct shape so colour is never the only cue.
pub fn kind_look(kind: ActorKind) -> KindLook {
    let (dot_shape, page_shape, fill) = match kind {
        ActorKind::Country => ("box", "square", "#ABDAF4"),
        ActorKind::Organization => ("hexagon", "hexagon", "#F8F1A1"),
        ActorKind::Government => ("house", "house", "#80CFB9"),
        ActorKind::Person => ("ellipse", "circle", "#F3CF80"),
        ActorKind::Group => ("octagon", "octagon", "#E6BCD3"),
        ActorKind::Source => ("diamond", "diamond", "#DDDDDD"),
    };
    KindLook {
        dot_shape,
        page_shape,
        fill,
    }
}

/// Okabe–Ito hues: blue and green for cooperation, orange and vermilion for conflict.
pub fn quad_colour(quad_class: QuadClass) -> &'static str {
    match quad_class {
        QuadClass::VerbalCooperation => "#0072B2",
        QuadClass::MaterialCooperation => "#009E73",
        QuadClass::VerbalConflict => "#E69F00",
        QuadClass::MaterialConflict => "#D55E00",
    }
}

/// `#RRGGBB` as red, green, blue.
pub fn rgb(colour: &str) -> (u8, u8, u8) {
    let channel = |i: usize| u8::from_str_radix(&colour[i..i + 2], 16).unwrap_or(0);
    (channel(1), channel(3), channel(5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse() {
        assert_eq!(rgb("#0072B2"), (0, 0x72, 0xB2));
        assert_eq!(
            rgb(quad_colour(QuadClass::MaterialConflict)),
            (0xD5, 0x5E, 0)
        );
    }
}

#[cfg(test)]
mod page_tests {
    use super::*;

    /// The HTML page draws with the same shapes and colours as DOT: its
    /// script's KINDS and QUADS tables must say what this module says.
    #[test]
    fn the_page_script_uses_the_same_visual_language() {
        let script = include_str!("html/graph.js");
        let line_of = |key: &str| {
            script
                .lines()
                .find(|line| line.trim_start().starts_with(key))
                .unwrap_or_else(|| panic!("graph.js has no line for {key}"))
                .to_string()
        };
        for kind in [
            ActorKind::Country,
            ActorKind::Organization,
            ActorKind::Government,
            ActorKind::Person,
            ActorKind::Group,
            ActorKind::Source,
        ] {
            let line = line_of(&format!("{}: {{", kind.as_str()));
            let look = kind_look(kind);
            assert!(
                line.contains(&format!("shape: '{}'", look.page_shape)),
                "{line}"
            );
            assert!(line.contains(&format!("color: '{}'", look.fill)), "{line}");
            assert!(
                script.contains(&format!("case '{}'", look.page_shape))
                    || look.page_shape == "circle",
                "graph.js cannot draw a {}",
                look.page_shape
            );
        }
        for quad in [
            QuadClass::VerbalCooperation,
            QuadClass::MaterialCooperation,
            QuadClass::VerbalConflict,
            QuadClass::MaterialConflict,
        ] {
            let line = line_of(&format!("{{ id: '{}'", quad.as_str()));
            assert!(
                line.contains(&format!("color: '{}'", quad_colour(quad))),
                "{line}"
            );
        }
    }
}
