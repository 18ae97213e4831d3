	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 64(x30)
	ld x3, 208(x30)
	ld x4, 48(x30)
	ld x5, 32(x30)
	ld x6, 208(x30)
	ld x7, 128(x30)
	ld x8, 152(x30)
	ld x9, 96(x30)
	ld x10, 64(x30)
	ld x11, 200(x30)
	ld x12, 32(x30)
	ld x13, 32(x30)
	ld x14, 0(x30)
	ld x15, 32(x30)
	ld x16, 32(x30)
	ld x17, 96(x30)
	ld x18, 24(x30)
	ld x19, 192(x30)
	ld x20, 80(x30)
	ld x21, 40(x30)
	ld x22, 40(x30)
	ld x23, 192(x30)
	ld x24, 120(x30)
	ld x25, 56(x30)
	ld x26, 96(x30)
	ld x27, 200(x30)
	ld x28, 24(x30)
	ld x29, 64(x30)
	ld x30, 104(x30)
	la x30, dvals
	flw f0, 328(x30)
	fld f1, 40(x30)
	flw f2, 316(x30)
	fld f3, 224(x30)
	fld f4, 104(x30)
	flw f5, 280(x30)
	flw f6, 312(x30)
	fld f7, 256(x30)
	fld f8, 112(x30)
	fld f9, 128(x30)
	fld f10, 24(x30)
	fld f11, 16(x30)
	fld f12, 80(x30)
	fld f13, 88(x30)
	flw f14, 336(x30)
	fld f15, 152(x30)
	fld f16, 112(x30)
	flw f17, 340(x30)
	flw f18, 336(x30)
	fld f19, 248(x30)
	flw f20, 368(x30)
	fld f21, 32(x30)
	fld f22, 200(x30)
	fld f23, 64(x30)
	fld f24, 332(x30)
	fld f25, 152(x30)
	fld f26, 224(x30)
	fld f27, 144(x30)
	fld f28, 128(x30)
	fld f29, 40(x30)
	fld f30, 184(x30)
	fld f31, 264(x30)
	ori x10, x25, 31
	lui x13, 524288
	lui x24, 1
	sb x5, 487(x31)
	sw x3, 2008(x31)
	srai x5, x1, 1
	slliw x16, x28, 1
	c.slli x23, 57
	fsgnjn.d f21, f30, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	mulh x0, x25, x0
	fcvt.wu.d x9, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	srl x6, x24, x16
	srai x0, x23, 0
	slliw x18, x6, 1
	fcvt.w.d x1, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f26, 560(x30)
	fmadd.d f11, f9, f29, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	add x1, x12, x0
	la x30, dvals
	flw f4, 372(x30)
	fclass.s x23, f4
	la x30, dvals
	fld f6, 472(x30)
	fmax.d f7, f9, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	add x20, x12, x23
	addiw x12, x14, 63
	fcvt.d.wu f16, x11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	sh x5, 468(x31)
	ori x23, x25, 2047
	la x30, dvals
	fld f3, 264(x30)
	fmax.d f29, f6, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	and x24, x7, x3
	lui x29, 1
	fclass.s x14, f12
	fcvt.d.lu f28, x15, rup
	la x30, dvals
	flw f2, 592(x30)
	la x30, dvals
	flw f22, 592(x30)
	fmadd.s f30, f8, f2, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	subw x16, x20, x17
	mulw x28, x23, x22
	divw x6, x3, x23
	ori x16, x9, 2047
	or x3, x13, x12
	la x30, dvals
	fld f31, 136(x30)
	la x30, dvals
	fld f7, 192(x30)
	fsgnjx.d f31, f31, f7
	fmul.d f31, f12, f19, rne
	subw x9, x6, x9
	sh x10, 16(x31)
	addiw x14, x20, -2
	blt x19, x24, 1f
	sub x4, x3, x4
	add x23, x26, x27
1:
	la x30, dvals
	fld f25, 24(x30)
	la x30, dvals
	fld f8, 40(x30)
	fnmsub.d f15, f25, f16, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	sltiu x6, x15, 32
	la x30, dvals
	fld f0, 464(x30)
	fmul.d f25, f0, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	or x17, x19, x4
	lh x19, 1222(x31)
	subw x13, x3, x9
	flw f28, 1752(x31)
	sw x12, 1268(x31)
	la x30, dvals
	fld f29, 560(x30)
	fnmadd.d f6, f2, f29, f29, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	fld f2, 168(x30)
	fadd.d f23, f3, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	fld f31, 8(x30)
	fmul.d f28, f31, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	bgeu x16, x1, 1f
	xor x29, x14, x29
1:
	la x30, dvals
	fld f24, 552(x30)
	la x30, dvals
	fld f13, 416(x30)
	fmul.d f17, f24, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	c.j 1f
	and x1, x27, x27
1:
	srli x17, x0, 0
	sraiw x29, x4, 0
	sraw x1, x22, x15
	remu x7, x3, x0
	la x30, dvals
	flw f6, 656(x30)
	fadd.s f20, f6, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	sra x8, x21, x15
	or x5, x10, x9
	divu x1, x22, x17
	la x30, dvals
	flw f2, 592(x30)
	fsgnjx.s f1, f5, f2
	la x30, dvals
	fld f26, 560(x30)
	fsqrt.d f24, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	c.slli x22, 25
	fmv.x.w x14, f28
	mulhsu x25, x19, x7
	la x30, dvals
	flw f6, 372(x30)
	la x30, dvals
	flw f10, 600(x30)
	fmsub.s f24, f6, f27, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	addi x30, x31, 832
	lr.d.aq x27, (x30)
	addi x30, x30, 8
	sc.d.aq x6, x3, (x30)
	srl x25, x27, x14
	fcvt.lu.d x10, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	lwu x7, 1056(x2)
	la x30, dvals
	fld f14, 192(x30)
	la x30, dvals
	fld f26, 416(x30)
	fadd.d f16, f14, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	srai x9, x26, 63
	sraiw x25, x4, 1
	addi x30, x31, 1280
	lr.w.aq x5, (x30)
	sc.w.aq x19, x7, (x30)
	bne x21, x9, 1f
	addw x28, x19, x10
	sltu x28, x1, x4
1:
	sw x25, 180(x31)
	la x30, dvals
	flw f10, 348(x30)
	la x30, dvals
	flw f26, 596(x30)
	fmadd.s f1, f26, f10, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	remu x11, x9, x12
	slti x6, x1, -1244
	la x30, dvals
	flw f17, 300(x30)
	fcvt.w.s x1, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	la x30, dvals
	fld f9, 112(x30)
	fcvt.wu.d x14, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	sb x3, 1145(x31)
	la x30, dvals
	flw f15, 368(x30)
	la x30, dvals
	flw f21, 656(x30)
	fadd.s f10, f15, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	lw x9, 1663(x31)
	fcvt.s.wu f18, x17, dyn
	or x4, x16, x7
	lbu x25, 1813(x2)
	la x30, dvals
	fld f19, 32(x30)
	fclass.d x23, f19
	la x30, dvals
	flw f9, 324(x30)
	fmin.s f25, f15, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	and x21, x22, x16
	sraw x21, x10, x26
	fsub.s f2, f1, f22, rne
	la x30, 1f
	jalr x27, 1(x30)
	subw x9, x19, x17
1:
	sllw x6, x18, x10
	bne x20, x1, 1f
	or x5, x0, x21
	sra x24, x24, x13
1:
	sw x26, 1196(x31)
	la x30, dvals
	fld f3, 432(x30)
	la x30, dvals
	fld f21, 400(x30)
	fnmadd.d f4, f30, f3, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	fld f11, 528(x30)
	la x30, dvals
	fld f12, 496(x30)
	fnmsub.d f27, f29, f11, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	divuw x17, x16, x1
	srai x22, x26, 63
	srliw x23, x7, 0
	fsqrt.s f16, f22, dyn
	la x30, dvals
	fld f3, 528(x30)
	fdiv.d f6, f21, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	auipc x16, 524287
	la x30, dvals
	fld f26, 432(x30)
	fcvt.w.d x3, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	la x30, dvals
	flw f11, 664(x30)
	fmin.s f27, f25, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	sltiu x28, x17, -1525
	lbu x18, 546(x2)
	c.li x5, -29
	c.lui x5, 1
	la x30, dvals
	fld f4, 264(x30)
	la x30, dvals
	fld f20, 40(x30)
	fmul.d f2, f4, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	ori x11, x23, -2048
	la x30, dvals
	fld f6, 472(x30)
	la x30, dvals
	fld f27, 576(x30)
	fmin.d f11, f6, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	add x8, x27, x22
	la x30, dvals
	flw f25, 596(x30)
	fsqrt.s f14, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	c.fsdsp f12, 96(sp)
	srai x8, x29, 32
	slliw x28, x3, 1
	la x30, dvals
	flw f29, 656(x30)
	la x30, dvals
	flw f23, 656(x30)
	fnmsub.s f17, f29, f8, f23, rup
	la x30, dvals
	flw f29, 336(x30)
	fadd.s f30, f0, f29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	srl x5, x12, x3
	beq x29, x25, 1f
	sll x9, x3, x20
1:
	jal x13, 1f
	sub x16, x8, x8
1:
	xori x5, x19, 2047
	la x30, dvals
	fld f20, 408(x30)
	fclass.d x28, f20
	sll x17, x29, x21
	srlw x18, x7, x7
	auipc x11, 1
	ld x23, 1616(x31)
	srli x6, x14, 1
	slliw x6, x4, 0
	beq x12, x15, 1f
	sub x26, x11, x23
	sltu x8, x26, x17
1:
	mv x11, x31
	c.sd x12, 80(x11)
	sw x25, 388(x31)
	mulw x15, x28, x17
	divw x18, x26, x17
	la x30, dvals
	flw f9, 620(x30)
	la x30, dvals
	flw f30, 672(x30)
	fnmsub.s f4, f9, f30, f7, rdn
	addi x30, x31, 344
	amoswap.d x18, x18, (x30)
	subw x23, x8, x10
	slli x7, x16, 14
	sraiw x9, x14, 31
	slt x21, x14, x3
	la x30, dvals
	fld f28, 160(x30)
	fsgnjn.d f10, f28, f5
	sll x22, x21, x13
	slli x0, x18, 1
	slliw x0, x19, 30
	mulhsu x26, x22, x0
	srai x5, x17, 32
	slliw x10, x15, 1
	la x30, dvals
	flw f5, 280(x30)
	la x30, dvals
	flw f21, 668(x30)
	fnmadd.s f19, f7, f5, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	fld f26, 432(x30)
	fsub.d f14, f26, f30, rtz
	sll x15, x25, x8
	sb x28, 1467(x31)
	blt x16, x3, 1f
	sllw x27, x9, x0
	subw x1, x0, x7
1:
	slti x10, x26, 0
	la x30, dvals
	fld f22, 400(x30)
	la x30, dvals
	fld f25, 128(x30)
	fdiv.d f12, f22, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	divw x6, x23, x20
	divuw x27, x24, x17
	la x30, dvals
	flw f9, 368(x30)
	fsgnjn.s f6, f5, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	sltu x15, x16, x3
	slti x27, x22, -1
	sh x19, 1172(x31)
	la x30, dvals
	flw f31, 328(x30)
	fdiv.s f20, f25, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	fcvt.wu.s x5, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	fld f16, 440(x30)
	fmul.d f20, f16, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sltu x0, x11, x22
	la x30, 1f
	c.jalr x30
	sllw x26, x12, x6
1:
	divu x0, x14, x8
	addiw x11, x17, -2048
	sb x12, 1612(x31)
	remuw x9, x24, x29
	fmin.d f9, f31, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	addw x15, x0, x7
	rem x6, x0, x12
	addi x30, x31, 1264
	lr.w x11, (x30)
	sc.w x14, x28, (x30)
	sc.w x7, x11, (x30)
	sltu x3, x22, x14
	sraw x9, x26, x29
	fcvt.d.lu f4, x9, rne
	lwu x17, 1684(x2)
	blt x21, x5, 1f
	sub x7, x22, x28
	sra x0, x25, x21
1:
	slti x6, x1, 32
	lbu x8, 34(x2)
	lhu x27, 342(x2)
	la x30, dvals
	fld f6, 232(x30)
	fclass.d x15, f6
	auipc x8, 524288
	fcvt.s.w f11, x22, dyn
	la x30, dvals
	flw f2, 300(x30)
	fnmadd.s f28, f2, f7, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	fld f31, 400(x30)
	la x30, dvals
	fld f27, 0(x30)
	fnmsub.d f9, f3, f31, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	fcvt.wu.d x15, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	lh x0, 938(x2)
	fmv.d.x f23, x26
	lh x15, 758(x31)
	remuw x22, x13, x24
	sltu x23, x5, x23
	slti x20, x8, -1
	beq x12, x20, 1f
	sllw x0, x12, x7
1:
	mulw x28, x27, x4
	andi x17, x18, -2
	bne x14, x24, 1f
	srl x16, x26, x22
	subw x22, x16, x29
1:
	sraw x15, x17, x8
	remw x0, x0, x5
	bgeu x0, x14, 1f
	srlw x26, x12, x21
	sll x17, x16, x19
1:
	fsgnj.d f28, f29, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	fcvt.d.wu f24, x6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sw x3, 832(x31)
	addi x30, x31, 2000
	lr.d.aq x27, (x30)
	sc.d.aq x11, x4, (x30)
	sltiu x14, x21, 64
	la x30, dvals
	flw f26, 600(x30)
	la x30, dvals
	flw f31, 656(x30)
	fsub.s f25, f26, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	mulhsu x6, x5, x26
	divw x22, x25, x11
	mulhsu x15, x22, x9
	bne x29, x10, 1f
	srl x25, x20, x8
1:
	la x30, dvals
	fld f25, 136(x30)
	la x30, dvals
	fld f19, 176(x30)
	feq.d x23, f25, f19
	fcvt.d.s f9, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fcvt.s.wu f6, x0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	flw f21, 596(x30)
	flt.s x16, f21, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	srai x16, x3, 63
	srliw x18, x23, 1
	bge x12, x22, 1f
	sll x23, x20, x5
	xor x27, x6, x25
1:
	srli x19, x20, 31
	slliw x28, x7, 0
	la x30, dvals
	fld f0, 160(x30)
	fsqrt.d f1, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	mulhu x11, x24, x24
	fcvt.s.w f4, x26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	flw f4, 280(x30)
	feq.s x20, f4, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	fcvt.s.lu f15, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	lui x8, 524287
	lbu x1, 609(x2)
	sh x25, 60(x31)
	remu x20, x5, x27
	c.fsdsp f14, 112(sp)
	lui x6, 0
	lbu x6, 419(x2)
	la x30, dvals
	flw f15, 672(x30)
	fcvt.w.s x18, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	addi x30, x31, 632
	lr.d.aqrl x23, (x30)
	sc.d.aqrl x24, x26, (x30)
	beq x23, x20, 1f
	sra x16, x10, x1
	sltu x14, x13, x24
1:
	fcvt.d.lu f24, x9, rup
	lui x21, 524288
	la x30, dvals
	flw f27, 388(x30)
	la x30, dvals
	flw f18, 676(x30)
	fsub.s f3, f27, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, dvals
	flw f4, 648(x30)
	la x30, dvals
	flw f31, 368(x30)
	fadd.s f29, f4, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	andi x21, x5, -1
	or x1, x7, x6
	sd x24, 848(x31)
	la x30, dvals
	fld f1, 0(x30)
	la x30, dvals
	fld f3, 448(x30)
	fadd.d f0, f1, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	rem x0, x1, x28
	divu x23, x25, x3
	srli x15, x23, 59
	sraiw x25, x5, 0
	and x5, x9, x14
	la x30, dvals
	flw f21, 340(x30)
	fnmsub.s f17, f10, f21, f24, dyn
	srlw x24, x12, x8
	sltiu x13, x19, -1
	addiw x22, x15, -1
	jal x17, 1f
	subw x28, x3, x10
1:
	la x30, dvals
	flw f30, 380(x30)
	fcvt.w.s x11, f30, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	sb x20, 1255(x31)
	mulhu x15, x8, x26
	la x30, dvals
	flw f3, 360(x30)
	fclass.s x20, f3
	la x30, dvals
	fld f15, 64(x30)
	fcvt.s.d f9, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	fcvt.d.l f18, x11, rne
	mv x10, x31
	c.fld f14, 96(x10)
	c.slli x10, 2
	la x30, dvals
	flw f28, 336(x30)
	fmin.s f3, f31, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	srli x28, x6, 0
	srliw x20, x7, 1
	div x0, x17, x8
	bgeu x16, x18, 1f
	sraw x10, x27, x6
1:
	addi x30, x31, 688
	amominu.d.aqrl x27, x19, (x30)
	mv x9, x31
	c.fsd f11, 32(x9)
	srli x21, x5, 1
	sraiw x11, x23, 1
	addi x30, x31, 96
	lr.w.aq x22, (x30)
	sc.w.aq x26, x3, (x30)
	la x30, dvals
	flw f29, 304(x30)
	fsub.s f23, f20, f29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	fld f29, 72(x30)
	la x30, dvals
	fld f21, 504(x30)
	fsgnjx.d f6, f29, f21
	la x30, dvals
	flw f8, 380(x30)
	la x30, dvals
	flw f11, 312(x30)
	fsub.s f9, f8, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	addi x30, x31, 1216
	amoor.d.aqrl x28, x23, (x30)
	fsqrt.d f5, f8, rdn
	lbu x18, 19(x31)
	sd x1, 464(x31)
	fmv.x.w x24, f18
	mulhsu x16, x12, x16
	fcvt.s.w f2, x29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	beq x17, x12, 1f
	or x9, x24, x5
1:
	addi x30, x31, 1464
	amomin.w.aqrl x23, x22, (x30)
	auipc x15, 524287
	lw x6, 1256(x2)
	sd x18, 880(x31)
	addi x30, x31, 1904
	amomaxu.w.rl x18, x4, (x30)
	bltu x16, x14, 1f
	or x6, x25, x3
1:
	sra x23, x17, x14
	la x30, dvals
	fld f28, 520(x30)
	fmin.d f28, f28, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	addi x0, x6, -1
	sw x4, 776(x31)
	addi x30, x31, 1512
	amoxor.d.rl x13, x1, (x30)
	la x30, dvals
	flw f6, 592(x30)
	fsqrt.s f21, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	add x9, x1, x5
	la x30, dvals
	flw f28, 668(x30)
	fmul.s f24, f12, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	blt x29, x5, 1f
	sub x16, x6, x18
	sra x11, x1, x29
1:
	la x30, 1f
	c.jalr x30
	srl x24, x16, x1
1:
	la x30, dvals
	fld f14, 416(x30)
	fadd.d f12, f24, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	lw x9, 332(x2)
	ori x25, x27, 64
	c.lwsp x4, 180(sp)
	c.ldsp x11, 480(sp)
	mulhsu x21, x9, x28
	c.swsp x1, 212(sp)
	c.sdsp x9, 224(sp)
	addi x30, x31, 832
	amomax.d.aq x24, x13, (x30)
	lui x18, 1
	sd x21, 1840(x31)
	la x30, dvals
	fld f13, 264(x30)
	fclass.d x26, f13
	lbu x15, 1871(x2)
	slti x10, x5, 63
	addiw x24, x10, 0
	jal x22, 1f
	xor x7, x0, x28
1:
	divuw x3, x22, x4
	lhu x1, 1974(x31)
	addw x1, x12, x0
	fsqrt.d f25, f14, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	xor x20, x16, x1
	la x30, dvals
	fld f27, 0(x30)
	fcvt.l.d x4, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	srl x7, x19, x12
	rem x7, x11, x11
	auipc x10, 1048575
	subw x15, x28, x9
	ld x7, 880(x31)
	addiw x25, x22, 64
	frrm x15
	xori x26, x18, 64
	bgeu x27, x25, 1f
	srl x4, x8, x12
1:
	la x30, dvals
	fld f13, 56(x30)
	fadd.d f27, f13, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	fclass.d x20, f1
	la x30, 1f
	c.jr x30
	subw x11, x7, x6
1:
	fmul.d f26, f30, f30, rdn
	rem x22, x25, x20
	la x30, dvals
	flw f21, 684(x30)
	fcvt.d.s f26, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	srlw x18, x13, x22
	la x30, 1f
	jalr x24, 0(x30)
	or x3, x3, x26
1:
	sb x6, 354(x31)
	lui x23, 524288
	c.addi x17, 1
	c.addiw x17, 1
	sub x13, x26, x17
	la x30, dvals
	flw f3, 280(x30)
	fdiv.s f13, f3, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	fld f6, 208(x30)
	fmul.d f6, f19, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	sltu x9, x0, x14
	srli x1, x10, 32
	srliw x3, x10, 1
	sb x12, 1518(x31)
	sd x20, 837(x31)
	subw x28, x0, x18
	jal x5, 1f
	addw x16, x27, x28
1:
	auipc x1, 0
	sub x17, x12, x19
	blt x20, x28, 1f
	and x8, x10, x23
1:
	xori x3, x5, 64
	c.mv x4, x10
	c.add x24, x4
	srl x25, x7, x17
	la x30, dvals
	flw f17, 292(x30)
	fclass.s x19, f17
	ori x3, x15, 32
	la x30, dvals
	fld f16, 256(x30)
	fcvt.s.d f7, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	lb x10, 1675(x2)
	la x30, dvals
	fld f11, 560(x30)
	fsub.d f19, f12, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	srai x7, x5, 32
	slliw x15, x11, 31
	la x30, 1f
	c.jalr x30
	slt x21, x20, x4
1:
	fcvt.w.s x14, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	srlw x20, x9, x11
	rem x15, x7, x18
	lhu x15, 590(x2)
	rem x23, x17, x20
	la x30, dvals
	flw f10, 624(x30)
	fsub.s f14, f10, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	slli x4, x26, 1
	srliw x19, x27, 27
	fmv.d.x f23, x24
	auipc x1, 134476
	mulw x7, x1, x13
	addiw x4, x0, 64
	addi x7, x19, 0
	la x30, dvals
	fld f11, 488(x30)
	fadd.d f2, f1, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	c.slli x7, 1
	subw x26, x8, x23
	la x30, dvals
	flw f12, 668(x30)
	la x30, dvals
	flw f0, 344(x30)
	la x30, dvals
	flw f17, 608(x30)
	fnmsub.s f18, f12, f0, f17, rtz
	mulhu x22, x25, x24
	addi x30, x31, 400
	amomin.w.rl x19, x3, (x30)
	fclass.s x17, f23
	blt x15, x28, 1f
	sltu x12, x23, x17
1:
	sra x12, x12, x14
	srai x18, x13, 32
	slliw x26, x14, 1
	la x30, dvals
	fld f9, 208(x30)
	la x30, dvals
	fld f1, 576(x30)
	fnmadd.d f0, f9, f1, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	mulhu x23, x1, x12
	ori x3, x26, 63
	mulh x5, x11, x14
	mv x12, x31
	c.lw x11, 52(x12)
	sll x24, x22, x27
	la x30, 1f
	c.jr x30
	sll x12, x27, x17
1:
	lh x17, 1736(x2)
	div x21, x21, x21
	c.swsp x23, 196(sp)
	c.sdsp x1, 416(sp)
	slt x8, x23, x21
	la x30, dvals
	flw f22, 648(x30)
	fsqrt.s f14, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	addi x30, x31, 440
	lr.d.aq x22, (x30)
	sc.d.aq x6, x23, (x30)
	c.and x10, x15
	srai x4, x3, 31
	srliw x22, x23, 31
	la x30, dvals
	fld f3, 24(x30)
	la x30, dvals
	fld f13, 464(x30)
	fmsub.d f27, f29, f3, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	sw x20, 1256(x31)
	sltiu x7, x10, 32
	la x30, dvals
	flw f8, 664(x30)
	fadd.s f25, f13, f8, rne
	la x30, dvals
	flw f3, 592(x30)
	fsub.s f16, f5, f3, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	fcvt.w.s x24, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	addi x30, x31, 1968
	amoadd.d.rl x1, x22, (x30)
	ori x24, x29, 2047
	la x30, dvals
	fld f25, 584(x30)
	la x30, dvals
	fld f17, 424(x30)
	fsub.d f9, f25, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	c.fldsp f15, 400(sp)
	fsqrt.d f22, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	sllw x21, x16, x25
	fmsub.d f8, f8, f9, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	mulw x19, x4, x17
	fcvt.s.d f26, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x7507a6f2baed65de
	.dword 0xdc837055e3b8ab31
	.dword 0x2d00fb9e7c177647
	.dword 0xc9243a288242be18
	.dword 0x65bb4fd8844976f8
	.dword 0xf85255d3efe5f847
	.dword 0x4d4b36115aa97975
	.dword 0xc57b95764d74dd1c
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x4184f71b9e193b68
	.dword 0xc0b0b08e3a7c7c66
	.dword 0xc0362a4099feaebf
	.dword 0xbf89651b04fda406
	.dword 0x415b1ddeaccc3076
	.dword 0xc043247a1a52e614
	.dword 0xbe9391732db949d5
	.dword 0x3f55f44c0e65fafa
	.dword 0x4144e3acd7bb7de4
	.dword 0x414e3920f54a6785
	.dword 0xbfd291c216a262df
	.dword 0xbf0776bf2295501f
	.dword 0xc33b23a484c5955b
	.dword 0xc1ef1e346883ece8
	.dword 0x43e7ef440e3980cb
	.dword 0x832c153da06142b0
	.dword 0x032a1142e1d109eb
	.dword 0x41ec0f15a6621e8a
	.dword 0x80270db6d9b697b6
	.dword 0x7fefdac17ef31d82
	.dword 0xc1e4805ec8002f89
	.dword 0x7fe7304802ce382f
	.dword 0x003f2e11b99b10ef
	.dword 0x002da137822da6d2
	.word 0xc271fe72
	.word 0xc0360c17
	.word 0xc0337964
	.word 0x3b4a8295
	.word 0xba6074de
	.word 0x3f5c52ca
	.word 0x3d892c67
	.word 0xc40bd423
	.word 0x3bda5dcc
	.word 0x445127f9
	.word 0xc4a359ba
	.word 0xbddb545b
	.word 0x8015980f
	.word 0x4f0fd89b
	.word 0x10e1ab
	.word 0x11ff032
	.word 0xcb7749ee
	.word 0xf68fb74
	.word 0x806f6930
	.word 0x4b7dffd0
	.word 0x8f49595a
	.word 0x1530d4e
	.word 0x5f3e3f12
	.word 0xfee5b2dc
	.balign 16
scratch:
	.word 0xe9fa9da3
	.word 0xf39ab004
	.word 0x16d63be9
	.word 0xe4c514bc
	.word 0x8c044535
	.word 0x90fe0be4
	.word 0x61d6c785
	.word 0x9de159d6
	.word 0x6da395db
	.word 0xfc07b0b7
	.word 0x483be25f
	.word 0xba731487
	.word 0xc4908636
	.word 0x5e93afbd
	.word 0x47e75bef
	.word 0x3fc759e2
	.word 0x4b95007f
	.word 0x98c823f2
	.word 0xa739889
	.word 0x55320338
	.word 0xbff43bd2
	.word 0x29429535
	.word 0x7651027
	.word 0x955f077
	.word 0x5c32309a
	.word 0x5e0eccca
	.word 0x756e2f21
	.word 0xa1c0bbe4
	.word 0x613077fa
	.word 0x962f03bd
	.word 0xbd4b8ab1
	.word 0x4fa45b5f
	.word 0x5d34fe38
	.word 0x9c807761
	.word 0xdfefd4b7
	.word 0x8a5de76b
	.word 0xe0a31a53
	.word 0xfece4f47
	.word 0xd3f02e54
	.word 0x11626c69
	.word 0xc10321de
	.word 0x22edb02
	.word 0xf0900305
	.word 0xeeebb4dd
	.word 0x967b4445
	.word 0x2080fcbc
	.word 0xddfb05d7
	.word 0x1576d597
	.word 0x374e1cd5
	.word 0x6e4c115f
	.word 0x60976aec
	.word 0x349f2d29
	.word 0xf676d334
	.word 0xae18e2bc
	.word 0xfba848fb
	.word 0xa45d65a0
	.word 0x15c55b54
	.word 0x6b5f0463
	.word 0xf1b710ca
	.word 0x66657abd
	.word 0xef657aa4
	.word 0x460a8d3c
	.word 0xe20ddbaa
	.word 0x766e55d6
	.word 0x264dbc3c
	.word 0xa884eff9
	.word 0x9a017dc4
	.word 0x28d4418
	.word 0xebcc32ff
	.word 0xdfef62f6
	.word 0x4586deee
	.word 0x553169a3
	.word 0x78a38181
	.word 0x1ae71cc8
	.word 0xd6b26e97
	.word 0xf778a7c7
	.word 0x9386f6e7
	.word 0xe61c390a
	.word 0x46947b14
	.word 0xf725620f
	.word 0x37f1581d
	.word 0x82ac3ae4
	.word 0xbbe7bb9c
	.word 0xde17a716
	.word 0x745b3fec
	.word 0x677071df
	.word 0x403f0a3a
	.word 0x8e7b4a46
	.word 0x14cc23f
	.word 0xb866b9fa
	.word 0x84600496
	.word 0x1aa25b0f
	.word 0x69b1ee2e
	.word 0xdaf48694
	.word 0xee25367
	.word 0xd55cb520
	.word 0x3cea0f5c
	.word 0xdd378a5c
	.word 0xa3ff9022
	.word 0x6e84e33f
	.word 0xae8c338e
	.word 0x374119f0
	.word 0x9b9d6a2f
	.word 0xedcab923
	.word 0xe73e0ed4
	.word 0xfa772966
	.word 0xf4273fab
	.word 0x69989e02
	.word 0x314486ee
	.word 0x92bbd262
	.word 0xf60b2539
	.word 0xc725c18f
	.word 0x9d97dea5
	.word 0xae2afd04
	.word 0xc0cabde1
	.word 0x79ac1d1a
	.word 0xbbeb23bd
	.word 0x2c016213
	.word 0x8234472
	.word 0x750bb0a4
	.word 0x60f9144b
	.word 0xc7afb13
	.word 0x300ee17f
	.word 0x680f9a8f
	.word 0xf098d320
	.word 0xb5686d9e
	.word 0xa3a5cf93
	.word 0x50a3f5b8
	.word 0xec88b4f2
	.word 0xb8c7b6d9
	.word 0x8d8a8b37
	.word 0x416cad61
	.word 0x4cdc0721
	.word 0x4b30669d
	.word 0xbb9f48ec
	.word 0x2ded40d
	.word 0xd3bc1c62
	.word 0x563efb3a
	.word 0xa2660d56
	.word 0x1a536ab0
	.word 0x97af7772
	.word 0x51607192
	.word 0xb511d95b
	.word 0x49653686
	.word 0x1905aadc
	.word 0x2791e293
	.word 0x63b26132
	.word 0xdd12e9f8
	.word 0x8598942e
	.word 0x74beeba0
	.word 0x909d57e5
	.word 0x765cb075
	.word 0xea1e6bdc
	.word 0xcbdaf5ae
	.word 0x38809c39
	.word 0x4bf29efa
	.word 0x1d978f6c
	.word 0x63355371
	.word 0xe239ec5c
	.word 0x29f27325
	.word 0x954afd2e
	.word 0x97045379
	.word 0xb004c44c
	.word 0x3927514a
	.word 0xb2c1616d
	.word 0x437d4d7b
	.word 0xb0995a52
	.word 0xe1b9a0db
	.word 0x61f7eb4a
	.word 0xf4245a5
	.word 0xb92e0d9e
	.word 0x6b23cbd0
	.word 0x59619d7c
	.word 0x330b2b7b
	.word 0x9ae86969
	.word 0x6f6553eb
	.word 0x66127d87
	.word 0x1df3a396
	.word 0x59abbd96
	.word 0xed3439da
	.word 0x2be6d77d
	.word 0xd028f0d9
	.word 0x8454fc0
	.word 0x961efcde
	.word 0x79261b9c
	.word 0xf0ed1076
	.word 0xe9cd9e7
	.word 0x21ae15d7
	.word 0x81840ffd
	.word 0xf0e57c0
	.word 0x7b30925b
	.word 0x46031a26
	.word 0x8dbed825
	.word 0x81f03c78
	.word 0x499097a7
	.word 0x37ef18b5
	.word 0x4bc38be9
	.word 0x6d686076
	.word 0x4db48865
	.word 0x4bb08119
	.word 0x29e216d0
	.word 0xc3c4acc
	.word 0x29d487be
	.word 0x9d407ecf
	.word 0xc1a327e3
	.word 0xebdbccc
	.word 0x9da86b9e
	.word 0x8ba79d93
	.word 0x7aadf2b9
	.word 0x5baca844
	.word 0x1a2dadd6
	.word 0x5d7079bd
	.word 0x1ab9e35e
	.word 0xfc9436d7
	.word 0x339395f0
	.word 0x649b19a6
	.word 0xf2549451
	.word 0x7b0e03fe
	.word 0xd5425686
	.word 0x6dc9f0af
	.word 0x285b1161
	.word 0x4959f1a
	.word 0x59a61081
	.word 0xed79d61a
	.word 0x20e54527
	.word 0x807dc1e7
	.word 0x30668527
	.word 0xf880bd86
	.word 0x93149de
	.word 0x2159a2bb
	.word 0xb4d7cfbc
	.word 0xe92d4cac
	.word 0x57a572f0
	.word 0xc69acfad
	.word 0x728b235a
	.word 0xcaed6d6a
	.word 0x8f43c78a
	.word 0x1ed7633
	.word 0x4a437566
	.word 0xb91b4531
	.word 0xe61cb00f
	.word 0x73b06821
	.word 0xa83a981b
	.word 0x9c093567
	.word 0xee148e95
	.word 0x87043fb6
	.word 0x1ead062f
	.word 0x737f9a7b
	.word 0x8627f603
	.word 0x6412e470
	.word 0x2b03fffe
	.word 0xcb7ea580
	.word 0xe61be687
	.word 0xc3a237a2
	.word 0x2f909429
	.word 0x9fa0fec3
	.word 0x8f63011f
	.word 0x752415f
	.word 0xa0495a83
	.word 0xe8369eef
	.word 0x4687005a
	.word 0x770e709c
	.word 0x9aa82e52
	.word 0x73261d83
	.word 0xa2529cc8
	.word 0xc8b7618d
	.word 0xb45caa0e
	.word 0x2b22a80
	.word 0xbba32751
	.word 0x36647655
	.word 0xad7fca42
	.word 0xd2c3ab79
	.word 0x5237cd4f
	.word 0xd8516880
	.word 0x5d635620
	.word 0xc34ef393
	.word 0xbaaf3cad
	.word 0xfa6cf430
	.word 0xf9b20ee5
	.word 0xb5b0a892
	.word 0xb4f5a0a3
	.word 0x1cd9dab3
	.word 0xd67a87f4
	.word 0x560cd276
	.word 0x440cfeb7
	.word 0xa094181a
	.word 0x517e73f1
	.word 0x7f039251
	.word 0xa47f2a55
	.word 0x6780f32f
	.word 0x4540d47d
	.word 0xa62428da
	.word 0x44d051e5
	.word 0x937604f3
	.word 0x2ee1ede7
	.word 0x78fd8d69
	.word 0xe349f1e1
	.word 0x73c2543b
	.word 0x11e03bb9
	.word 0xc4750eb2
	.word 0xd1ccf003
	.word 0xb65a4b45
	.word 0x19600f5c
	.word 0x9fbe039
	.word 0xca63a227
	.word 0x7ac4bbb4
	.word 0x5bfbe0cd
	.word 0xdba834bc
	.word 0x7ac49e43
	.word 0xc89dd265
	.word 0x28f82aad
	.word 0x981e131b
	.word 0x15d69a85
	.word 0x164d6106
	.word 0xf7d27a30
	.word 0xaa10e93a
	.word 0x51c9a681
	.word 0xc62f35ad
	.word 0x33ca39e0
	.word 0xea3670fb
	.word 0xa1095f0f
	.word 0xd7f7b51b
	.word 0xbcc7391
	.word 0x327c388e
	.word 0x18d9e538
	.word 0xaba017e7
	.word 0x82c8ca69
	.word 0xeb3152cb
	.word 0xec621d9f
	.word 0x55e4e497
	.word 0xe7ba65ac
	.word 0xcaf9b54b
	.word 0x7645c703
	.word 0x1a1dca71
	.word 0xc924c0d8
	.word 0x76c2e0a7
	.word 0x7014ac4c
	.word 0x56368ec2
	.word 0x7a3f2b95
	.word 0x76f54253
	.word 0x956ec8c
	.word 0x4c27db0f
	.word 0x5f8a752c
	.word 0x34d04adb
	.word 0x8cedb7de
	.word 0x78db3075
	.word 0xc4667cff
	.word 0x74cab963
	.word 0x5f3fda90
	.word 0x29dc9c66
	.word 0xf050288e
	.word 0x5d73d7ee
	.word 0xd64e8109
	.word 0xcb9be5fe
	.word 0x53abb3ec
	.word 0x9f1201e7
	.word 0x3aff4070
	.word 0x8cd40808
	.word 0xb774d2a2
	.word 0x89300272
	.word 0xa6bedf6d
	.word 0xd73b7944
	.word 0xba670ced
	.word 0x24aaa310
	.word 0x69dbf5f4
	.word 0xfbcab686
	.word 0xe5e216b
	.word 0x8417ae12
	.word 0x4b6f09f8
	.word 0xe05bc6d0
	.word 0x88b0d890
	.word 0xe7f0b961
	.word 0xeb40c0ef
	.word 0x98f67161
	.word 0x8d953b8c
	.word 0x7671713e
	.word 0x52853fb5
	.word 0x5b0f448c
	.word 0xc04d3523
	.word 0xbbc5acb7
	.word 0xc43a385e
	.word 0xe5068106
	.word 0x91ed2935
	.word 0xadb9f950
	.word 0xc0e5b339
	.word 0xa6d7a778
	.word 0x152942e4
	.word 0x93ce579e
	.word 0x7e8adb00
	.word 0x98b3f755
	.word 0x2d7dab59
	.word 0x9ace2d12
	.word 0xb2e41624
	.word 0x343148b4
	.word 0xb9df02c7
	.word 0x697e0e84
	.word 0xbd7580b3
	.word 0xa11f2642
	.word 0xff3fd189
	.word 0xa4d092ce
	.word 0x67a838ca
	.word 0x76985ad2
	.word 0xc586a253
	.word 0x28559c15
	.word 0xe1394e3e
	.word 0xd723a261
	.word 0xce95a916
	.word 0xd5dcd6d
	.word 0x2af6d5b5
	.word 0xf841bf35
	.word 0x3b486426
	.word 0xce5b47c0
	.word 0x72c186b1
	.word 0xe770fa
	.word 0x31f0b746
	.word 0xc414fd8a
	.word 0x2f179b58
	.word 0x53e259a6
	.word 0x2042c6d
	.word 0x76b03a89
	.word 0x4dc56d59
	.word 0xeda990ae
	.word 0x283bd170
	.word 0x10aaf73a
	.word 0x87ff939c
	.word 0xc409021a
	.word 0x6d0c37df
	.word 0x9503e6a4
	.word 0xd3355baf
	.word 0x7050766f
	.word 0xad288d01
	.word 0x2d969be5
	.word 0x23a2d690
	.word 0x576daf28
	.word 0xb39313ec
	.word 0xec31987b
	.word 0x38ec6b64
	.word 0x5968524
	.word 0x737f981d
	.word 0x8ff37c43
	.word 0xef16e3be
	.word 0x5f467bce
	.word 0x97c189f1
	.word 0x7900ab4e
	.word 0xe142f23a
	.word 0x5fb85ab8
	.word 0xc901692f
	.word 0x60bb9c9d
	.word 0x762e9429
	.word 0x31d729fc
	.word 0x49f0b288
	.word 0xab923658
	.word 0x46715e74
	.word 0xda42fdcb
	.word 0x3a8039f6
	.word 0x8a620209
	.word 0x8e4ba418
	.word 0xa3d3f6fc
	.word 0x7c8f173a
	.word 0x536b19ce
	.word 0x3a0afd07
	.word 0xd0efd592
	.word 0x61ed973c
	.word 0xb245a999
	.word 0xe9a7ce62
	.word 0x1d1b4cb7
	.word 0xe53f48d1
	.word 0x8888b6a3
	.word 0x55cfa82d
	.word 0xb9815148
	.word 0xe6ab0b1c
	.word 0x7ed1d7f8
	.word 0xc1f0480f
	.word 0xd6c84297
	.word 0xdc3769a
	.word 0x110e552
	.word 0xaaefda6f
	.word 0x65e0457e
	.word 0xc4b9c8f9
	.word 0x4974536a
	.word 0xa0372e26
	.word 0xfb8a573f
	.word 0x9cd01ea9
	.word 0x7fab544b
	.word 0xb165e59a
	.word 0xb702cd51
	.word 0x3bbbdaa5
	.word 0x5d040092
	.word 0x7fd3ed39
	.word 0x4ced4c63
	.word 0x494a84b3
	.word 0x2241e3fd
	.word 0xd9f7d0a2
	.word 0x5f93ab33
	.word 0x744e1769
	.word 0x62ceeb38
	.word 0x4a9f296c
	.word 0x59ed2815
	.word 0x61113a22
	.word 0x8cfe7808
	.word 0x3c146717
	.word 0xae2d32ec
	.word 0x6666c54
	.word 0xb67dbde2
	.word 0x39fe5d42
	.word 0xb89ae949
	.word 0x53c4c990
	.word 0x9423318b
	.word 0xb05738c2
	.word 0xbea53fc5
	.word 0x32effe0b
	.word 0x68f1eb1c
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
