/**
 * The national immunization registry (예방접종 등록): doses given, test results and releases from
 * isolation (격리해제) as clinics record them, and each person's health history and name as a vaccine
 * pass states them.
 */
package org.vaxline.registry;
