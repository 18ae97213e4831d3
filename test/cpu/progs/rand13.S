	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 64(x30)
	ld x3, 32(x30)
	ld x4, 208(x30)
	ld x5, 128(x30)
	ld x6, 168(x30)
	ld x7, 176(x30)
	ld x8, 184(x30)
	ld x9, 104(x30)
	ld x10, 192(x30)
	ld x11, 8(x30)
	ld x12, 104(x30)
	ld x13, 192(x30)
	ld x14, 40(x30)
	ld x15, 24(x30)
	ld x16, 168(x30)
	ld x17, 112(x30)
	ld x18, 120(x30)
	ld x19, 208(x30)
	ld x20, 120(x30)
	ld x21, 56(x30)
	ld x22, 64(x30)
	ld x23, 32(x30)
	ld x24, 32(x30)
	ld x25, 104(x30)
	ld x26, 16(x30)
	ld x27, 144(x30)
	ld x28, 32(x30)
	ld x29, 32(x30)
	ld x30, 104(x30)
	la x30, dvals
	fld f0, 120(x30)
	fld f1, 240(x30)
	flw f2, 288(x30)
	flw f3, 384(x30)
	fld f4, 152(x30)
	fld f5, 208(x30)
	fld f6, 272(x30)
	fld f7, 56(x30)
	flw f8, 312(x30)
	fld f9, 80(x30)
	fld f10, 176(x30)
	flw f11, 288(x30)
	flw f12, 360(x30)
	fld f13, 264(x30)
	fld f14, 184(x30)
	fld f15, 192(x30)
	fld f16, 216(x30)
	flw f17, 376(x30)
	flw f18, 396(x30)
	flw f19, 368(x30)
	fld f20, 304(x30)
	fld f21, 16(x30)
	flw f22, 304(x30)
	fld f23, 8(x30)
	fld f24, 308(x30)
	fld f25, 80(x30)
	fld f26, 176(x30)
	flw f27, 328(x30)
	fld f28, 80(x30)
	fld f29, 72(x30)
	flw f30, 396(x30)
	flw f31, 380(x30)
	la x30, dvals
	flw f2, 668(x30)
	fsgnjx.s f9, f2, f20
	ld x26, 1616(x31)
	srai x17, x14, 33
	srliw x5, x13, 7
	addiw x0, x17, 0
	srlw x5, x28, x27
	mulhu x28, x17, x26
	la x30, dvals
	flw f9, 644(x30)
	fmul.s f6, f9, f8, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	srlw x29, x0, x28
	c.fsdsp f24, 432(sp)
	mulh x18, x13, x26
	addi x30, x31, 184
	amoswap.w.aq x15, x5, (x30)
	la x30, dvals
	flw f17, 676(x30)
	flt.s x18, f17, f21
	la x30, dvals
	flw f27, 672(x30)
	feq.s x17, f27, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	fsflags x17, x3
	auipc x29, 753783
	lui x20, 0
	c.nop
	addi x30, x31, 968
	lr.d.aq x15, (x30)
	sc.d.aq x5, x10, (x30)
	fsub.s f21, f5, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	divuw x5, x0, x18
	la x30, dvals
	fld f21, 520(x30)
	la x30, dvals
	fld f27, 528(x30)
	fnmadd.d f15, f21, f10, f27, rdn
	sra x19, x29, x19
	la x30, dvals
	flw f12, 660(x30)
	fsqrt.s f11, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	flw f29, 288(x30)
	la x30, dvals
	flw f19, 636(x30)
	fsgnjn.s f10, f29, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	addi x30, x31, 1368
	amoswap.w.rl x6, x10, (x30)
	la x30, dvals
	flw f3, 312(x30)
	fsub.s f8, f3, f27, rne
	mulhsu x13, x16, x1
	mv x9, x31
	c.lw x11, 52(x9)
	sw x1, 384(x31)
	fsflags x16, x17
	sw x16, 560(x31)
	la x30, dvals
	fld f23, 552(x30)
	la x30, dvals
	fld f22, 240(x30)
	fsub.d f28, f23, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	addi x30, x31, 624
	amomax.w x1, x24, (x30)
	la x30, dvals
	fld f7, 400(x30)
	fmadd.d f8, f28, f28, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	fmv.d.x f5, x6
	mulhu x24, x0, x10
	mv x8, x31
	c.fld f9, 208(x8)
	la x30, dvals
	flw f3, 680(x30)
	fsub.s f17, f3, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	c.addi x9, -1
	c.addiw x9, 1
	addi x30, x31, 600
	amoxor.w.aqrl x15, x5, (x30)
	addi x30, x31, 2008
	amoswap.d x28, x12, (x30)
	slli x8, x5, 32
	sraiw x13, x6, 31
	lh x27, 1352(x2)
	mulhu x24, x17, x13
	la x30, dvals
	flw f11, 284(x30)
	fsgnj.s f18, f0, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	fcvt.d.w f15, x0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	addi x30, x31, 1568
	amoor.d.rl x8, x17, (x30)
	la x30, dvals
	fld f9, 536(x30)
	la x30, dvals
	fld f2, 8(x30)
	fdiv.d f14, f9, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	flw f2, 612(x30)
	la x30, dvals
	flw f31, 652(x30)
	fsub.s f11, f2, f31, rup
	remuw x6, x19, x26
	sltu x26, x5, x14
	slti x12, x21, 31
	la x30, dvals
	fld f27, 40(x30)
	fmul.d f30, f27, f18, rtz
	ld x14, 1400(x2)
	divuw x10, x26, x6
	addi x8, x4, 1
	remw x4, x28, x19
	addi x30, x31, 448
	lr.w x4, (x30)
	addi x30, x30, 8
	sc.w x9, x29, (x30)
	sc.w x29, x22, (x30)
	la x30, dvals
	fld f0, 80(x30)
	fcvt.wu.d x21, f0, rne
	la x30, dvals
	fld f1, 456(x30)
	la x30, dvals
	fld f28, 416(x30)
	fadd.d f18, f1, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	fcvt.d.lu f23, x0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	mulh x24, x14, x16
	mulh x3, x8, x16
	la x30, dvals
	fld f29, 568(x30)
	la x30, dvals
	fld f16, 208(x30)
	fsgnjn.d f7, f29, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	srl x20, x6, x6
	mv x8, x31
	c.lw x9, 8(x8)
	sll x20, x12, x28
	fcvt.d.w f18, x26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	blt x26, x7, 1f
	sll x22, x13, x0
1:
	blt x1, x7, 1f
	xor x6, x5, x25
	sub x28, x29, x13
1:
	fsqrt.d f28, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	fmv.x.d x21, f16
	sltiu x3, x6, -1
	la x30, dvals
	fld f25, 136(x30)
	fcvt.wu.d x18, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	addi x5, x28, -2
	lb x18, 543(x2)
	remw x18, x1, x9
	fsub.s f7, f20, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	sltiu x29, x27, 64
	div x29, x15, x10
	srai x21, x6, 1
	srliw x4, x10, 1
	mulw x18, x17, x1
	sw x6, 1104(x31)
	fmv.x.w x3, f8
	mulhsu x20, x21, x10
	remu x28, x26, x19
	la x30, dvals
	flw f14, 344(x30)
	fcvt.l.s x20, f14, rne
	srl x0, x9, x14
	la x30, dvals
	flw f8, 648(x30)
	la x30, dvals
	flw f0, 396(x30)
	fmsub.s f4, f8, f12, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	la x30, dvals
	flw f17, 392(x30)
	fsqrt.s f2, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	sub x0, x4, x28
	addw x26, x4, x11
	mv x13, x31
	c.ld x8, 144(x13)
	srai x28, x15, 1
	slliw x3, x15, 25
	addi x30, x31, 720
	amoswap.d.aq x26, x10, (x30)
	jal x8, 1f
	or x19, x20, x5
1:
	rem x25, x27, x8
	c.addi4spn x12, sp, 968
	csrrwi x24, frm, 4
	la x30, 1f
	jalr x6, 0(x30)
	xor x19, x10, x18
1:
	la x30, dvals
	fld f13, 176(x30)
	la x30, dvals
	fld f21, 488(x30)
	fsub.d f20, f13, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	sra x23, x10, x20
	remuw x12, x15, x7
	la x30, dvals
	flw f10, 648(x30)
	fclass.s x9, f10
	srl x26, x27, x13
	addi x10, x10, 63
	div x3, x4, x16
	fsgnjx.d f29, f4, f26
	fadd.s f16, f26, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	srai x24, x22, 59
	sraiw x25, x6, 0
	fcvt.d.lu f24, x22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	c.fldsp f13, 376(sp)
	jal x1, 1f
	and x20, x7, x18
1:
	fdiv.d f30, f27, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	sub x1, x1, x28
	fsd f17, 456(x31)
	addi x30, x31, 1872
	amomaxu.d x25, x18, (x30)
	la x30, dvals
	fld f11, 584(x30)
	la x30, dvals
	fld f20, 232(x30)
	fdiv.d f17, f11, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	flw f6, 332(x30)
	la x30, dvals
	flw f29, 324(x30)
	la x30, dvals
	flw f5, 328(x30)
	fnmadd.s f12, f6, f29, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	fld f23, 144(x30)
	la x30, dvals
	fld f21, 552(x30)
	fle.d x14, f23, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	fcvt.lu.s x17, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	fmv.x.d x29, f14
	sll x12, x12, x11
	mulh x12, x8, x3
	fsqrt.d f28, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	jal x10, 1f
	sraw x4, x22, x4
1:
	blt x22, x3, 1f
	sll x15, x17, x0
	sll x9, x26, x21
1:
	la x30, dvals
	fld f4, 520(x30)
	fcvt.s.d f0, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	sraw x11, x9, x11
	srli x16, x24, 1
	srliw x16, x5, 1
	la x30, dvals
	fld f27, 448(x30)
	fadd.d f30, f6, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	add x18, x24, x7
	or x8, x27, x4
	lwu x23, 1980(x31)
	blt x19, x7, 1f
	and x28, x17, x24
	or x5, x15, x28
1:
	la x30, dvals
	flw f1, 396(x30)
	feq.s x18, f1, f23
	la x30, dvals
	flw f2, 600(x30)
	fle.s x4, f2, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	srai x17, x21, 32
	slliw x11, x6, 1
	fcvt.d.w f20, x15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	srl x12, x19, x15
	addw x0, x5, x19
	sltiu x27, x29, 1
	andi x26, x14, 298
	lhu x16, 1164(x31)
	fcvt.d.l f22, x0, rmm
	bltu x21, x11, 1f
	srl x1, x0, x27
1:
	sh x12, 62(x31)
	la x30, dvals
	flw f15, 356(x30)
	la x30, dvals
	flw f13, 332(x30)
	fadd.s f10, f15, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	c.addi4spn x14, sp, 876
	bgeu x16, x0, 1f
	sub x27, x4, x1
1:
	lhu x13, 1817(x31)
	la x30, dvals
	fld f30, 440(x30)
	fclass.d x28, f30
	la x30, dvals
	flw f25, 600(x30)
	la x30, dvals
	flw f8, 348(x30)
	fsgnjx.s f30, f25, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	fcvt.d.l f13, x11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	divuw x7, x0, x13
	fsrmi x18, 1
	la x30, dvals
	flw f11, 616(x30)
	la x30, dvals
	flw f8, 648(x30)
	fadd.s f22, f11, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	sltiu x6, x8, 2047
	sub x10, x10, x17
	slti x1, x8, 63
	sraw x11, x22, x22
	fsqrt.d f17, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	fld f5, 80(x30)
	la x30, dvals
	fld f31, 136(x30)
	la x30, dvals
	fld f12, 456(x30)
	fmsub.d f22, f5, f31, f12, rdn
	fcvt.w.d x5, f26, rne
	la x30, dvals
	flw f7, 684(x30)
	fcvt.l.s x16, f7, rmm
	auipc x12, 524287
	la x30, dvals
	flw f2, 340(x30)
	la x30, dvals
	flw f17, 396(x30)
	fmul.s f1, f2, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sh x13, 566(x31)
	subw x7, x7, x13
	jal x18, 1f
	sll x1, x15, x3
1:
	srl x12, x9, x12
	la x30, dvals
	flw f14, 308(x30)
	la x30, dvals
	flw f15, 292(x30)
	fmul.s f1, f14, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	add x8, x0, x0
	lui x26, 524287
	la x30, dvals
	flw f24, 356(x30)
	la x30, dvals
	flw f2, 656(x30)
	feq.s x28, f24, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	mulw x17, x25, x14
	addi x11, x11, -2
	addi x30, x31, 760
	amoor.d.rl x1, x8, (x30)
	la x30, dvals
	flw f23, 344(x30)
	la x30, dvals
	flw f4, 608(x30)
	fmul.s f4, f23, f4, dyn
	remuw x7, x24, x24
	la x30, dvals
	fld f6, 464(x30)
	la x30, dvals
	fld f5, 216(x30)
	la x30, dvals
	fld f25, 168(x30)
	fmadd.d f19, f6, f5, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	lhu x27, 64(x31)
	beq x8, x13, 1f
	addw x6, x3, x0
1:
	srlw x20, x21, x7
	sltiu x13, x8, -2048
	auipc x7, 1048575
	la x30, dvals
	flw f1, 380(x30)
	fmax.s f20, f1, f0
	sb x15, 484(x31)
	c.bnez x10, 1f
	sra x27, x1, x23
1:
	div x4, x17, x9
	andi x20, x0, 31
	fmax.s f27, f23, f15
	la x30, dvals
	fld f27, 464(x30)
	la x30, dvals
	fld f6, 48(x30)
	fsub.d f10, f27, f6, rdn
	la x30, dvals
	flw f31, 304(x30)
	la x30, dvals
	flw f20, 332(x30)
	fmsub.s f15, f31, f20, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	sllw x15, x0, x21
	fcvt.d.lu f11, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	fcvt.d.lu f3, x5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	blt x24, x23, 1f
	srlw x15, x22, x16
1:
	addi x30, x31, 912
	lr.w.aqrl x24, (x30)
	sc.w.aqrl x26, x24, (x30)
	rem x16, x25, x16
	addi x30, x31, 1344
	amoswap.d.aq x4, x14, (x30)
	la x30, 1f
	jalr x22, 1(x30)
	addw x15, x8, x16
1:
	la x30, dvals
	fld f21, 456(x30)
	fsgnjn.d f6, f21, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	divw x6, x0, x15
	mv x13, x31
	c.lw x13, 60(x13)
	fsub.d f29, f21, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	div x17, x13, x28
	srli x13, x24, 1
	srliw x14, x24, 1
	jal x0, 1f
	subw x25, x17, x6
1:
	add x14, x29, x6
	srl x10, x27, x6
	or x21, x14, x15
	andi x6, x11, 64
	c.j 1f
	sltu x6, x23, x13
1:
	la x30, dvals
	fld f7, 496(x30)
	fsub.d f29, f7, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	c.nop
	la x30, 1f
	c.jr x30
	addw x17, x20, x27
1:
	fcvt.lu.s x5, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	div x21, x15, x11
	lui x3, 524287
	sraw x20, x21, x16
	blt x18, x0, 1f
	or x27, x18, x20
1:
	add x18, x24, x20
	la x30, dvals
	fld f5, 96(x30)
	la x30, dvals
	fld f6, 128(x30)
	fmul.d f7, f5, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	fsqrt.s f29, f27, rtz
	fcvt.s.l f30, x28, dyn
	srai x9, x25, 33
	sraiw x17, x13, 0
	sub x8, x14, x13
	sub x25, x16, x3
	sltiu x21, x26, -2048
	and x23, x16, x13
	ori x29, x8, -2048
	lh x22, 1426(x2)
	slti x4, x0, -2
	sb x16, 1937(x31)
	mv x13, x31
	c.lw x10, 36(x13)
	la x30, dvals
	flw f28, 320(x30)
	la x30, dvals
	flw f22, 304(x30)
	fsub.s f5, f28, f22, rne
	la x30, dvals
	fld f6, 536(x30)
	flt.d x21, f6, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	sb x19, 1994(x31)
	sllw x18, x13, x18
	mulhsu x7, x27, x12
	addi x30, x31, 944
	amomax.w.aqrl x19, x21, (x30)
	bne x25, x19, 1f
	add x24, x4, x9
	or x6, x1, x18
1:
	mulh x24, x10, x18
	auipc x27, 0
	bltu x14, x12, 1f
	slt x18, x12, x26
	sub x4, x22, x20
1:
	la x30, dvals
	flw f10, 632(x30)
	fnmsub.s f30, f8, f6, f10, rdn
	lwu x0, 1217(x31)
	srl x16, x4, x11
	la x30, dvals
	fld f2, 536(x30)
	la x30, dvals
	fld f11, 136(x30)
	fnmsub.d f8, f2, f11, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	la x30, dvals
	fld f0, 416(x30)
	la x30, dvals
	fld f20, 232(x30)
	flt.d x28, f0, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	srai x1, x22, 0
	srliw x25, x18, 1
	la x30, dvals
	fld f11, 256(x30)
	fle.d x13, f11, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	fcvt.s.lu f10, x25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	andi x29, x15, 2047
	slli x21, x7, 34
	srliw x18, x13, 0
	addi x30, x31, 120
	amoand.w x25, x0, (x30)
	fmv.x.w x27, f8
	divuw x17, x7, x17
	rem x11, x23, x10
	la x30, dvals
	flw f8, 660(x30)
	la x30, dvals
	flw f13, 380(x30)
	fnmsub.s f20, f8, f24, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	c.swsp x7, 80(sp)
	c.sdsp x8, 0(sp)
	subw x13, x26, x17
	addi x30, x31, 376
	lr.d.rl x26, (x30)
	addw x12, x16, x1
	sc.d.rl x27, x28, (x30)
	addi x30, x31, 1720
	amomaxu.w x9, x0, (x30)
	auipc x21, 224443
	srl x20, x3, x12
	mul x21, x8, x0
	fld f26, 992(x31)
	la x30, dvals
	flw f25, 636(x30)
	fadd.s f31, f25, f10, rdn
	la x30, dvals
	fld f30, 512(x30)
	la x30, dvals
	fld f27, 488(x30)
	la x30, dvals
	fld f23, 208(x30)
	fnmadd.d f17, f30, f27, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	la x30, dvals
	fld f13, 504(x30)
	fcvt.lu.d x6, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	lb x23, 1485(x31)
	jal x5, 1f
	slt x24, x29, x28
1:
	or x3, x26, x12
	jal x26, 1f
	sub x15, x25, x4
1:
	la x30, dvals
	flw f4, 356(x30)
	fdiv.s f21, f4, f30, rtz
	xor x16, x27, x7
	flw f19, 896(x31)
	fsqrt.s f12, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	ori x20, x24, 64
	srai x20, x19, 0
	sraiw x17, x10, 2
	lw x11, 60(x31)
	la x30, dvals
	flw f4, 372(x30)
	fcvt.d.s f26, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	sltu x16, x11, x10
	c.srli x14, 35
	c.andi x11, 19
	la x30, dvals
	fld f9, 232(x30)
	fadd.d f27, f9, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	rem x23, x17, x4
	la x30, dvals
	fld f17, 176(x30)
	fmadd.d f30, f18, f17, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	flw f10, 304(x30)
	fcvt.d.s f5, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	slti x18, x20, -2
	mulhsu x6, x8, x9
	la x30, dvals
	flw f3, 336(x30)
	fdiv.s f11, f3, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, 1f
	jalr x0, 1(x30)
	and x14, x9, x9
1:
	la x30, dvals
	flw f29, 616(x30)
	fadd.s f30, f18, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	sltu x20, x10, x19
	la x30, dvals
	flw f20, 664(x30)
	la x30, dvals
	flw f2, 640(x30)
	fsgnjn.s f16, f20, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	srl x20, x10, x21
	sh x11, 1082(x31)
	srlw x7, x14, x21
	divu x28, x23, x13
	addi x30, x31, 1912
	amoand.d x22, x12, (x30)
	sw x24, 176(x31)
	ld x9, 616(x2)
	fcvt.d.w f7, x20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	xor x6, x21, x11
	sw x7, 1224(x31)
	la x30, dvals
	flw f19, 300(x30)
	la x30, dvals
	flw f0, 344(x30)
	fmul.s f2, f19, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	srli x1, x29, 32
	sraiw x23, x17, 13
	la x30, dvals
	fld f5, 168(x30)
	la x30, dvals
	fld f21, 232(x30)
	fmin.d f3, f5, f21
	la x30, dvals
	fld f5, 72(x30)
	fcvt.w.d x23, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	la x30, dvals
	fld f5, 216(x30)
	fsub.d f2, f5, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, 1f
	jalr x15, 1(x30)
	slt x23, x15, x15
1:
	c.lwsp x11, 248(sp)
	c.ldsp x13, 128(sp)
	mul x7, x5, x10
	la x30, dvals
	fld f20, 8(x30)
	fsqrt.d f18, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	sllw x22, x19, x28
	sh x29, 724(x31)
	mv x8, x31
	c.sw x13, 16(x8)
	mv x9, x31
	c.fsd f10, 136(x9)
	c.fldsp f10, 0(sp)
	jal x4, 1f
	sub x27, x22, x0
1:
	fcvt.l.s x3, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	flw f9, 284(x30)
	feq.s x29, f0, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	addi x30, x31, 1176
	amoadd.d.aq x26, x8, (x30)
	la x30, dvals
	fld f1, 448(x30)
	la x30, dvals
	fld f8, 584(x30)
	fnmsub.d f0, f1, f8, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	lb x26, 521(x2)
	lwu x7, 1196(x2)
	c.swsp x11, 236(sp)
	c.sdsp x14, 408(sp)
	sd x4, 2024(x31)
	add x4, x21, x26
	la x30, 1f
	jalr x29, 1(x30)
	sraw x25, x5, x1
1:
	la x30, dvals
	fld f15, 544(x30)
	flt.d x25, f15, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fmv.x.w x15, f27
	bltu x16, x0, 1f
	xor x5, x13, x18
	add x8, x7, x10
1:
	divuw x4, x27, x13
	remw x26, x12, x23
	lw x7, 912(x31)
	srli x5, x19, 33
	slliw x18, x13, 1
	bge x18, x21, 1f
	sub x13, x25, x11
	sraw x22, x14, x23
1:
	mul x10, x5, x18
	la x30, dvals
	fld f23, 224(x30)
	fle.d x19, f23, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	sllw x12, x26, x25
	sb x25, 1961(x31)
	c.addi4spn x15, sp, 524
	c.srai x8, 62
	c.andi x14, -1
	srl x18, x3, x17
	la x30, dvals
	fld f19, 0(x30)
	feq.d x1, f19, f27
	la x30, dvals
	flw f4, 344(x30)
	fcvt.w.s x29, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	xor x28, x9, x0
	rem x12, x19, x26
	xori x22, x3, 32
	ld x10, 832(x31)
	la x30, dvals
	fld f14, 576(x30)
	la x30, dvals
	fld f16, 456(x30)
	la x30, dvals
	fld f1, 496(x30)
	fmsub.d f16, f14, f16, f1, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	addi x15, x17, -2048
	fcvt.w.s x6, f2, rne
	la x30, dvals
	flw f4, 292(x30)
	la x30, dvals
	flw f17, 364(x30)
	fadd.s f22, f4, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	mul x29, x1, x1
	fcvt.d.lu f7, x12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	fld f10, 416(x30)
	fle.d x11, f10, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	remw x26, x14, x9
	sltiu x19, x7, -2048
	mulhsu x27, x19, x0
	addiw x10, x22, 31
	divu x22, x20, x9
	la x30, 1f
	jalr x25, 0(x30)
	sltu x28, x19, x9
1:
	la x30, dvals
	flw f27, 636(x30)
	la x30, dvals
	flw f23, 352(x30)
	fnmsub.s f1, f27, f26, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	lwu x18, 1064(x2)
	la x30, dvals
	flw f5, 600(x30)
	flt.s x27, f16, f5
	divu x17, x15, x7
	la x30, dvals
	flw f11, 288(x30)
	la x30, dvals
	flw f5, 372(x30)
	fmsub.s f31, f11, f5, f9, rup
	la x30, dvals
	fld f31, 400(x30)
	fmin.d f15, f14, f31
	sd x18, 1448(x31)
	la x30, dvals
	flw f27, 364(x30)
	la x30, dvals
	flw f2, 620(x30)
	fnmadd.s f4, f27, f18, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	fmv.x.d x7, f6
	bne x24, x18, 1f
	sltu x17, x5, x26
	addw x10, x28, x6
1:
	lwu x23, 396(x2)
	fmv.w.x f4, x0
	la x30, dvals
	fld f8, 504(x30)
	la x30, dvals
	fld f23, 544(x30)
	fmul.d f6, f8, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	la x30, dvals
	fld f19, 400(x30)
	la x30, dvals
	fld f13, 136(x30)
	fsub.d f11, f19, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	la x30, dvals
	fld f17, 416(x30)
	fdiv.d f30, f3, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	la x30, 1f
	jalr x12, 1(x30)
	srl x18, x0, x16
1:
	ld x0, 1226(x31)
	lui x14, 1048575
	bltu x4, x17, 1f
	slt x23, x25, x13
	subw x14, x13, x8
1:
	mv x10, x31
	c.sw x12, 48(x10)
	c.beqz x8, 1f
	and x3, x19, x11
1:
	srai x18, x28, 31
	sraiw x10, x9, 1
	addi x30, x31, 856
	lr.w.aq x24, (x30)
	xor x25, x3, x26
	sc.w.aq x24, x19, (x30)
	la x30, dvals
	flw f31, 388(x30)
	fsqrt.s f9, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	sh x1, 308(x31)
	la x30, dvals
	fld f27, 544(x30)
	flt.d x4, f15, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	la x30, dvals
	flw f22, 372(x30)
	la x30, dvals
	flw f7, 308(x30)
	fmax.s f21, f22, f7
	remuw x21, x21, x17
	subw x29, x29, x28
	la x30, dvals
	flw f8, 316(x30)
	fmin.s f0, f25, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	la x30, dvals
	fld f14, 256(x30)
	fdiv.d f25, f11, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	addiw x13, x7, 1
	sltu x15, x19, x4
	xor x26, x29, x26
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
	.dword 0x14720dd2ecc481f6
	.dword 0xe3b58eeb1f703c3f
	.dword 0x060dd8c41fb5cf8e
	.dword 0x6ecfc92c6aaa59f9
	.dword 0x13384f534096657a
	.dword 0x0b150fa6f6d2c016
	.dword 0x74dab8be5a604258
	.dword 0x174602ed3462e560
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
	.dword 0xc046778015c38d63
	.dword 0xbf1afc3e16cd3088
	.dword 0x40f2c3ad064e153e
	.dword 0xbfb0b3b475d97fdf
	.dword 0x4131e678a0f2790f
	.dword 0xc1b6d6742eb30fa8
	.dword 0x3ec608b2621f6ffa
	.dword 0x3e70cfbc160a332f
	.dword 0xbe95b4d45a7f037b
	.dword 0xc049604914bc4331
	.dword 0x40982e70a91eb4fb
	.dword 0x3e882db195a67146
	.dword 0x80334da946bf7bd2
	.dword 0x803f01e3379fc65a
	.dword 0xffea28a4ba6b611b
	.dword 0x41ef71fcbe8c1134
	.dword 0x003d151bfa482b5c
	.dword 0xffd4720db6d048df
	.dword 0x803df3d4556723f7
	.dword 0x8323971e084ab0fe
	.dword 0x4333aa9f0cbc9f27
	.dword 0x43e4e8d3cafd77c4
	.dword 0x7fd15da7db6c64ed
	.dword 0x0324b156364c40b1
	.word 0xbffe2a3d
	.word 0xc2774aec
	.word 0x3e498732
	.word 0x3c36c44b
	.word 0x3f94da6e
	.word 0x42dec254
	.word 0x40aae326
	.word 0x426d7313
	.word 0xbb901808
	.word 0xb9e4d14f
	.word 0xba6bf703
	.word 0x3cbbe2b2
	.word 0xdf080234
	.word 0x7f19a589
	.word 0xdf35c7bf
	.word 0xdf0db86a
	.word 0x11e0ca7
	.word 0x5f2ff6f3
	.word 0x7ed22388
	.word 0xcf381c1a
	.word 0xcb6f9bba
	.word 0xff7c0aa7
	.word 0x8117436d
	.word 0x564ffa
	.balign 16
scratch:
	.word 0x6f0a472e
	.word 0xda1d0ff9
	.word 0x7a05308
	.word 0xb5ebe8e8
	.word 0xd6271ef3
	.word 0x8ad5e5ef
	.word 0xfb6bc5bb
	.word 0xf8406ef5
	.word 0x4648337a
	.word 0x44cd3e49
	.word 0x838996ab
	.word 0x9ac96ea5
	.word 0x54af304b
	.word 0xe6672a18
	.word 0x67a15aca
	.word 0xd3ffaa76
	.word 0xf09e5cee
	.word 0x5b73ac8f
	.word 0xf2a9243e
	.word 0x13ff6a09
	.word 0x29789f96
	.word 0x6bc218b3
	.word 0x3259f7f9
	.word 0x987ce4ea
	.word 0x98d575da
	.word 0xfbabf34d
	.word 0x3d80242c
	.word 0x19b2ad6e
	.word 0xcff62741
	.word 0x68de5b0e
	.word 0xd44690f1
	.word 0xcd4ec87d
	.word 0x9c6d29fd
	.word 0x13003fd4
	.word 0x8bac0089
	.word 0x7c198fb7
	.word 0xf0066140
	.word 0xb9e195b7
	.word 0xe1b1339c
	.word 0x3f98dfdd
	.word 0xa80ed06c
	.word 0x326e44cd
	.word 0xa404af76
	.word 0xca487e3
	.word 0x174d902f
	.word 0xc4c73eb
	.word 0xc41b0c93
	.word 0x14aef4b7
	.word 0x8d3644cb
	.word 0xf04fc59c
	.word 0x17747da2
	.word 0x80ce4982
	.word 0x763b82dd
	.word 0xca641c4d
	.word 0x745e8fdb
	.word 0x11121c29
	.word 0x75b922
	.word 0x5d65f3ca
	.word 0x80848ac4
	.word 0x2a5c476a
	.word 0xf49b9072
	.word 0x5427f438
	.word 0xfeb48c68
	.word 0x880ec574
	.word 0x44adc9a4
	.word 0x4ebfda68
	.word 0xba292b1
	.word 0x6767572b
	.word 0x3dcc4caa
	.word 0x3f738646
	.word 0xb8d752fb
	.word 0x38b6c5f
	.word 0xae17d0bf
	.word 0xd4034d5f
	.word 0x8b682eb
	.word 0xc59a5d5e
	.word 0x480a9286
	.word 0x5111aacb
	.word 0xed57e50f
	.word 0x2f37b374
	.word 0xf272a4d8
	.word 0x7bd7022c
	.word 0xe9cb3345
	.word 0x7bd94614
	.word 0x30661cb9
	.word 0x8dd9ed61
	.word 0xbec73e3b
	.word 0x790e25db
	.word 0xb167b21
	.word 0x4a351a18
	.word 0xc7bbbac3
	.word 0xac93d4f2
	.word 0x17b20174
	.word 0xa409fdfa
	.word 0xed68f401
	.word 0x8efd1355
	.word 0xbe6306de
	.word 0x9ad99c2
	.word 0xe8251588
	.word 0x18122882
	.word 0xfd4a8663
	.word 0x1d50a4a0
	.word 0x3150a802
	.word 0xae4fbf6a
	.word 0x6df8a4db
	.word 0x551cf52a
	.word 0xbc83ce36
	.word 0x6de8fe14
	.word 0x3762a721
	.word 0x13506aa2
	.word 0xde8091a0
	.word 0x5a2a08ba
	.word 0x7c95e1a4
	.word 0xd4813f74
	.word 0x9e971ea3
	.word 0xd52b4042
	.word 0x194884b3
	.word 0x3202ebdc
	.word 0x8052d060
	.word 0x918914af
	.word 0xd0890901
	.word 0xc4836b75
	.word 0x945e6fe3
	.word 0x6de64572
	.word 0xc42ad16
	.word 0x65e87d26
	.word 0x23dd8800
	.word 0xc965ecae
	.word 0xeaf2cc16
	.word 0xdd7ae06e
	.word 0xaf9b7a75
	.word 0xda62f9ff
	.word 0x2ef63171
	.word 0xf3d4c6bd
	.word 0xb6934bc
	.word 0x922aea23
	.word 0x22b35f14
	.word 0x636e8c3c
	.word 0xefc3fc48
	.word 0x991c39cd
	.word 0xda974d3f
	.word 0x55262047
	.word 0xb4ff92d0
	.word 0x921381c2
	.word 0xa75daa37
	.word 0x5173247a
	.word 0x8a73ae04
	.word 0x9d96a7d
	.word 0xb64ddef6
	.word 0xbff01fdf
	.word 0x3d7f9a9a
	.word 0xbbb0c0c
	.word 0x2d6d9b31
	.word 0x5f7572b4
	.word 0xd552ce85
	.word 0x1cc73044
	.word 0xa3366943
	.word 0xadd9f7cc
	.word 0xf727f5dc
	.word 0x3a125352
	.word 0x7f7d46ae
	.word 0x22b5423a
	.word 0xd4baaf23
	.word 0xaa8f7e0c
	.word 0xec9549cb
	.word 0xf02d68bd
	.word 0xfa662220
	.word 0xfa659b11
	.word 0x69f46dd2
	.word 0x6d85a155
	.word 0xec42ddc2
	.word 0x48a201df
	.word 0x1ba557f3
	.word 0x9a36849e
	.word 0x1e09584c
	.word 0x95189b4c
	.word 0x485a56f4
	.word 0x521e2176
	.word 0x5025e7ae
	.word 0x76da6906
	.word 0x44ac2b9b
	.word 0xfa3a45f4
	.word 0xe2170a76
	.word 0x6860b09a
	.word 0xb00a3bc3
	.word 0x19362f3a
	.word 0x46f12b12
	.word 0x11f801bb
	.word 0x282242dc
	.word 0x6f47aee0
	.word 0xc9e7960d
	.word 0x5fe3585e
	.word 0xa9f8c76a
	.word 0x93ae23e0
	.word 0xad930929
	.word 0x5a7fa132
	.word 0x656f75de
	.word 0xf14af6b4
	.word 0x5c180e3a
	.word 0xe6337a75
	.word 0xa6ce47ab
	.word 0xa9590676
	.word 0xbb67d51d
	.word 0x794eea1f
	.word 0x25a65b39
	.word 0x36e08779
	.word 0xe7f93bbe
	.word 0xd15de4d9
	.word 0xd518b57a
	.word 0xb5450081
	.word 0xbff06f4b
	.word 0xf1339ea7
	.word 0xde00c554
	.word 0x13eee621
	.word 0x2a7e9734
	.word 0xeb950478
	.word 0x285e1f55
	.word 0x9d2d9b6f
	.word 0xe64de5af
	.word 0x5fd32b3
	.word 0xd6cb6fa6
	.word 0xdcc1b519
	.word 0xa63ee528
	.word 0x29e0d4c5
	.word 0x5c75c259
	.word 0x63ec9886
	.word 0xef783ff8
	.word 0xf86e3cdb
	.word 0xc15d2701
	.word 0xd21b8e3f
	.word 0xd85bc5f1
	.word 0xbc5305e3
	.word 0x410e7914
	.word 0x4bbb7e42
	.word 0xaa16a31b
	.word 0xb0ca7801
	.word 0x68edb64
	.word 0x61a48735
	.word 0xd909ad14
	.word 0x79c03361
	.word 0x8a29ba57
	.word 0x11039826
	.word 0x22ea4d85
	.word 0x1dd28
	.word 0x4f3cdfba
	.word 0x4db54e3f
	.word 0x6a295cc6
	.word 0x77863fde
	.word 0xbfc95be0
	.word 0x21726fa
	.word 0x3fcaa65e
	.word 0xb2b281e
	.word 0xab333e4a
	.word 0x53b91ed7
	.word 0x7c1b1a26
	.word 0xf4a564a9
	.word 0x5e3d7e91
	.word 0xcc0beaa6
	.word 0x9ab13329
	.word 0x265de523
	.word 0xc5c0c3bf
	.word 0x6b5ee1e4
	.word 0x5b2570f5
	.word 0x524ee768
	.word 0x5ad7a719
	.word 0x68aed063
	.word 0xe6ffcf72
	.word 0xfd219fba
	.word 0x1401a2f1
	.word 0x2badc91e
	.word 0xc3464b79
	.word 0x4f04a3cd
	.word 0xb4d0a013
	.word 0xba809f3a
	.word 0x8596faa9
	.word 0x2bd0ec8
	.word 0xcfefb03a
	.word 0x4f5750e
	.word 0xe0c8e4a4
	.word 0x77df4bca
	.word 0x4a6ed7b9
	.word 0x83ae4155
	.word 0x3b1c5677
	.word 0x8b8f3d5e
	.word 0xe8bda2cc
	.word 0xc0659b7e
	.word 0x12463d9b
	.word 0x6b53db41
	.word 0x174598dc
	.word 0x2f971493
	.word 0x6da75031
	.word 0x73874fc1
	.word 0xd59b7d3e
	.word 0xfda0e420
	.word 0xc5b602f2
	.word 0xb8e040c6
	.word 0xafe3cffa
	.word 0x15807a74
	.word 0x43101573
	.word 0x7674e02c
	.word 0xa453b794
	.word 0x868a8644
	.word 0x1e0fc1c5
	.word 0x20d5491e
	.word 0xb72f7145
	.word 0x79f84506
	.word 0x5a4f08ea
	.word 0xd110bd23
	.word 0x10237159
	.word 0xbf05a5fd
	.word 0x7cfa0420
	.word 0xb3bd59ff
	.word 0x8d4027e
	.word 0x9beb4053
	.word 0x8fca6dc3
	.word 0x8c3ff3ba
	.word 0x3b59d95e
	.word 0xe313587
	.word 0x38b9f927
	.word 0xf43e47c9
	.word 0xa4284cea
	.word 0x1b1e1c30
	.word 0xcb967ffc
	.word 0x895644c8
	.word 0x7823e1cf
	.word 0x875a7b82
	.word 0xcd61ad77
	.word 0xe1291310
	.word 0xaa252415
	.word 0xda57eb86
	.word 0xc3c03ab5
	.word 0x5649e73e
	.word 0x3f6c5f49
	.word 0x2421846b
	.word 0x8131299d
	.word 0x2459a81c
	.word 0x3a1e3691
	.word 0x65417617
	.word 0x3bf5c916
	.word 0xd83e47dd
	.word 0x878185f
	.word 0x650c4126
	.word 0x483601f2
	.word 0x8908bb36
	.word 0x53a8b421
	.word 0xe0ba6057
	.word 0x3aaa17ef
	.word 0x72aeb344
	.word 0x3c0a45c7
	.word 0xe2e16c5e
	.word 0x2233b68b
	.word 0xc8bd63ba
	.word 0xfd882a3f
	.word 0xe1397d58
	.word 0x1cd15831
	.word 0xcd3b189a
	.word 0x6b29fe4e
	.word 0xc8e293fe
	.word 0xc93ec8b0
	.word 0x1530d424
	.word 0xf93e2c3e
	.word 0xab87be22
	.word 0xd439d063
	.word 0x288d2859
	.word 0x3d4f9dda
	.word 0x1063eea0
	.word 0xdb4cd71b
	.word 0x745d6e4c
	.word 0xeb04d246
	.word 0x58c976e0
	.word 0xb4bcf0aa
	.word 0x7f9d1a3e
	.word 0x478c3e33
	.word 0xc90dfcd6
	.word 0xa477f43d
	.word 0x4ff51e5
	.word 0x36b35604
	.word 0xd20cff9d
	.word 0xf2105522
	.word 0xee394678
	.word 0x18328563
	.word 0x5b46e4ac
	.word 0x7db7cfe5
	.word 0xd2e95c0
	.word 0x2d49bb6b
	.word 0x5ebe1959
	.word 0x2f3b85f3
	.word 0xaf3c8c11
	.word 0xe968da8e
	.word 0xb51511d2
	.word 0xf2c412e5
	.word 0x6389df89
	.word 0x5762a515
	.word 0x7bc09a55
	.word 0x79cbcc10
	.word 0x9704ab4
	.word 0x4ff9e47
	.word 0x11d7be5c
	.word 0x2595e712
	.word 0xb78a9e89
	.word 0x6f225824
	.word 0xa0ff8cd7
	.word 0x7dcdc8c5
	.word 0x5e745f4f
	.word 0x662765a1
	.word 0xd8f31de8
	.word 0xd28649af
	.word 0x6dc72ab6
	.word 0x9aa4713e
	.word 0x84f4d49f
	.word 0xd2804e2c
	.word 0xb3f1d24e
	.word 0xbeb284d2
	.word 0x2b3ecb06
	.word 0xb9903709
	.word 0x51585e91
	.word 0xbc02954
	.word 0xd3bf6a01
	.word 0xe115fabe
	.word 0x9600a67f
	.word 0xdb2fe418
	.word 0xd2320e0e
	.word 0xed837917
	.word 0xd69ad0a7
	.word 0x1d40aae0
	.word 0xb89732e
	.word 0x98789ad8
	.word 0xef583669
	.word 0xdb3936c3
	.word 0x41c42e53
	.word 0x45cba6d4
	.word 0x1336f5dc
	.word 0x7c2f705a
	.word 0xd6ab5048
	.word 0x28e3cd39
	.word 0x79dc76fb
	.word 0x176ec23a
	.word 0x2a15506e
	.word 0x8302dc22
	.word 0xc858fc41
	.word 0x2dc64289
	.word 0x57751802
	.word 0x7ad16538
	.word 0x98bf8e63
	.word 0x4708819a
	.word 0xb046aae7
	.word 0xc655752a
	.word 0x76f02b12
	.word 0x1d809bb
	.word 0x1d02504c
	.word 0xb67482e9
	.word 0xe31f8e5d
	.word 0x4850c1d7
	.word 0x5d2b35a2
	.word 0x487265cd
	.word 0x9db332a8
	.word 0x872fa43b
	.word 0x6b7400f
	.word 0x386c3dd4
	.word 0x450aa5df
	.word 0x2798ede7
	.word 0x7ea60e55
	.word 0x52f2cd83
	.word 0x6317ac62
	.word 0x45ef42cf
	.word 0x1b687694
	.word 0xa2e57569
	.word 0x85423aed
	.word 0x81e087a2
	.word 0xb3856a28
	.word 0xc6cccc48
	.word 0xb7f99eaa
	.word 0x1bf0b3c
	.word 0xfbc79150
	.word 0x345f2166
	.word 0xde02a2bf
	.word 0xc0f5f535
	.word 0xb43e299c
	.word 0x50bfb25a
	.word 0x78608520
	.word 0x70529902
	.word 0x4d2bdfdb
	.word 0xecc432d3
	.word 0x3952941c
	.word 0x11f51f74
	.word 0xf1630959
	.word 0x99444edd
	.word 0x36334d2
	.word 0xdad183ee
	.word 0xbf2ae1b8
	.word 0x80af96f6
	.word 0x3c5c960e
	.word 0x7d3d2940
	.word 0xdabdec0a
	.word 0x80af6d14
	.word 0xccb6a9d2
	.word 0x28104794
	.word 0x3cb82b45
	.word 0x3c2620d
	.word 0xbfff5c4c
	.word 0xdaa83897
	.word 0x6aec7f0a
	.word 0x44a4fc0c
	.word 0xbf87225e
	.word 0x225538b8
	.word 0x2d0d3939
	.word 0xcf61d9ac
	.word 0x7ed05346
	.word 0xe3ad8a5a
	.word 0xe3a8609
	.word 0x818aa7f4
	.word 0x7bfde48e
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
