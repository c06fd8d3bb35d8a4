package com.idic.crm.segmentation;

/** ABC class by cumulative revenue share (DOMAIN.md section 6). */
public enum AbcClass {
    A, B, C
}
