//! [`Number`]: a numeric bound kept exactly as the page writes it.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The newtype-struct name the YAML writer recognises to write a
/// [`Number`]'s text unquoted. Other serializers see a plain string.
pub(crate) const NUMBER_TOKEN: &str = "$dataverse_schema::Number";

/// A MinValue or MaxValue, kept as its decimal text so that no digit is
/// lost: `-9223372036854775808` stays an exact integer and
/// `0.000000000001` keeps every zero.
///
/// The accepted syntax is an optional `-`, one or more ASCII digits, an
/// optional fraction (`.` and one or more digits) and an optional exponent
/// (`e` or `E`, an optional sign, one or more digits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Number(String);

/// The text given for a [`Number`] is not a decimal number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a decimal number (expected digits with an optional leading `-`, `.fraction` and `e` exponent)")]
pub struct NumberError(pub String);

impl Number {
    /// Parses decimal text, keeping it verbatim.
    pub fn parse(text: &str) -> Result<Number, NumberError> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let unsigned = text.strip_prefix('-').unwrap_or(text);
        let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
            Some((mantissa, exponent)) => (mantissa, Some(exponent)),
            None => (unsigned, None),
        };
        let (whole, fraction) = match mantissa.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (mantissa, None),
        };
        let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
        if digits(whole) && fraction.is_none_or(digits) && exponent_ok {
            Ok(Number(text.to_string()))
        } else {
            Err(NumberError(text.to_string()))
        }
    }

    /// The text, exactly as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text is an integer (no fraction, no exponent).
    pub fn is_integer(&self) -> bool {
        !self.0.contains(['.', 'e', 'E'])
    }

    /// The value as an `i64`, when it is an integer in range.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }

    /// The value as an `i128`, when it is an integer in range.
    pub fn as_i128(&self) -> Option<i128> {
        self.0.parse().ok()
    }

    /// The nearest `f64`.
    pub fn as_f64(&self) -> f64 {
        // The syntax checked in `parse` is a subset of what `f64` parses.
        self.0.parse().unwrap_or(f64::NAN)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Number {
    type Err = NumberError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Number::parse(text)
    }
}

impl From<i64> for Number {
    fn from(value: i64) -> Self {
        Number(value.to_string())
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(NUMBER_TOKEN, self.as_str())
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumberVisitor;

        impl Visitor<'_> for NumberVisitor {
            type Value = Number;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Number, E> {
                Number::parse(text).map_err(E::custom)
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Number, E> {
                Ok(Number(value.to_string()))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Number, E> {
                Ok(Number(value.to_string()))
            }

            fn visit_i128<E: de::Error>(self, value: i128) -> Result<Number, E> {
                Ok(Number(value.to_string()))
            }

            fn visit_u128<E: de::Error>(self, value: u128) -> Result<Number, E> {
                Ok(Number(value.to_string()))
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Number, E> {
                // `Display` for f64 never uses exponent notation.
                Number::parse(&value.to_string()).map_err(E::custom)
            }
        }

        // serde_yaml hands the scalar's text to `visit_str` here, which keeps
        // every digit; other formats call the numeric visitors.
        deserializer.deserialize_str(NumberVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_decimal_text_verbatim() {
        for text in [
            "0",
            "-90",
            "9223372036854775807",
            "-9223372036854775808",
            "0.000000000001",
            "1000.00",
            "1.5E+308",
            "1e5",
        ] {
            assert_eq!(Number::parse(text).unwrap().as_str(), text);
        }
    }

    #[test]
    fn rejects_other_text() {
        for text in [
            "", "-", "1.", ".5", "1e", "e5", "+1", "1,000", " 1", "0x10", "NaN",
        ] {
            assert!(Number::parse(text).is_err(), "{text:?} accepted");
        }
    }

    #[test]
    fn integer_accessors() {
        let max = Number::parse("9223372036854775807").unwrap();
        assert_eq!(max.as_i64(), Some(i64::MAX));
        assert!(max.is_integer());
        let small = Number::parse("0.5").unwrap();
        assert_eq!(small.as_i64(), None);
        assert_eq!(small.as_f64(), 0.5);
    }
}
