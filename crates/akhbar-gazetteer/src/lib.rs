//! Places and armed groups of Syria and Iraq (work in progress).
